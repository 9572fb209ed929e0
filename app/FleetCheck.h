#pragma once

#include "CheckReport.h"

#include <QStringList>

#include <functional>

namespace pcitopo {

/** `pcitopo check --connect URI…`: which hosts, which of their domains, how many at once. */
struct FleetCheck
{
    QStringList uris;
    QStringList domains; // by name on every host; empty with `all`
    bool all = false;
    int jobs = 4; // hosts read at once
    int timeoutMs = 15000; // per connection attempt; 0: as long as libvirt takes

    /**
     * Reads the hosts concurrently (at most `jobs` at a time) and checks their domains with
     * each host's own facts (IOMMU groups, devices in use). A host that cannot be reached or
     * read gets its error and does not stop the others. Results are in the order of `uris`.
     * `progress` (done, total) is called on this thread as hosts finish.
     */
    QList<CheckedHost> run(const std::function<void(int done, int total)> &progress = {}) const;
};

} // namespace pcitopo
