#pragma once

namespace pcitopo {

/**
 * While one exists on a thread, diagram items draw every detail at any scale: an export (a
 * PNG at scale 0.5, the Export dialog's preview) is a document, not a zoomed-out view.
 */
class FullDetail
{
public:
    FullDetail() { ++s_depth; }
    ~FullDetail() { --s_depth; }
    FullDetail(const FullDetail &) = delete;
    FullDetail &operator=(const FullDetail &) = delete;
    static bool active() { return s_depth > 0; }

private:
    static inline thread_local int s_depth = 0;
};

} // namespace pcitopo
