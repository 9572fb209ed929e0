#pragma once

#include "Planner.h"

namespace pcitopo {
class DomainDocument;
}

namespace pcitopo::placement {

/**
 * Applies a plan as one undo step: adds its controllers (with the <model name>, chassis and
 * port libvirt would write) and gives each placed node its <address>, with multifunction='on'
 * on function 0 of a shared slot. False (and the document unchanged) when a step fails.
 */
bool applyPlan(DomainDocument *document, const Plan &plan, QString *error);

/** The XML libvirt writes for a controller it adds. */
QByteArray controllerFragment(const NewController &controller);
/** The XML for a device libvirt would add by itself (a memballoon, USB controller 0, …). */
QByteArray deviceFragment(const NewDevice &device);

} // namespace pcitopo::placement
