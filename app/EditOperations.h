#pragma once

#include "Feedback.h"
#include "PciAddress.h"
#include "placement/Planner.h"

#include <QObject>

namespace pcitopo {

class DocumentManager;
class HostDevicesDock;

/**
 * The Edit menu's operations on the current document and its selection: move, delete,
 * placement, placement constraints, host devices and find. Each change is one undo step.
 */
class EditOperations : public QObject
{
    Q_OBJECT

public:
    EditOperations(DocumentManager *documents, HostDevicesDock *hostDevices, Feedback feedback,
                   QObject *parent = nullptr);

    /** Edit › Move To: the selection to a typed address, checked like a drop. */
    void moveSelectionTo();
    /** Edit › Delete: the selected nodes, one undo step. */
    void deleteSelection();
    /**
     * Adds host functions to the current domain on the controller with index `busIndex`,
     * offering the rest of their IOMMU group first. False when nothing was added.
     */
    bool addHostDevices(QList<PciAddress> host, int busIndex);
    /**
     * Host Devices › Add to Guest: the functions go to the first controller that takes them
     * legally, preferring an empty hotpluggable port; the status bar says so when none does.
     */
    bool addHostDevicesAnywhere(const QList<PciAddress> &host);
    /** Host Devices › Select in Guest: the guest's <hostdev>s of these host functions. */
    void selectHostDevices(const QList<PciAddress> &host);
    /**
     * Edit › Place Unplaced Devices: the addresses and controllers libvirt would assign, shown
     * first, applied as one undo step. False when there is nothing to do or it is declined.
     */
    bool placeUnplaced(placement::Policy policy = placement::Policy::LibvirtCompatible, int sparePorts = 0,
                       bool everything = false);
    /** The recommended placement with spare ports, how many asked first. */
    void placeWithSpares(const QString &title, const QString &question, int suggested, int least);
    /** Edit › Re-place All: every address planned again, the policy asked first. */
    void replaceAll();
    /**
     * Edit › Convert Machine Type: pc ↔ q35 with a preview (ConvertDialog), applied as one undo
     * step. False when the machine cannot be converted or the user declines.
     */
    bool convertMachineType();
    /** Edit › Placement Constraint: the selected device's constraint, as one undo step. */
    void editConstraint();
    /** Selects every node whose label, model or address contains `text`; returns how many. */
    int find(const QString &text);
    /**
     * Find Next (step 1) and Previous (-1): the match after (before) the selected one is
     * selected alone and brought into the middle of the diagram, readable (a collapsed
     * controller above it opens). Returns its place among the matches, from 1; 0 when none.
     * `count` gets how many match.
     */
    int findNext(const QString &text, int step, int *count = nullptr);

private:
    DocumentManager *m_documents;
    HostDevicesDock *m_hostDevices;
    Feedback m_feedback;
};

} // namespace pcitopo
