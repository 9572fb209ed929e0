// pcitopo's benchmark program: prints the figures DESIGN.md names, beside the reference
// tools (`xmllint --noout` on the same file). Not a test: it asserts nothing, it measures.
//
//   cmake --build build --target bench
//
// Each figure is the best of several runs (the least disturbed by the rest of the machine).
// With --tsv it prints only `metric<TAB>devices<TAB>value<TAB>unit` lines, for scripts.
// With --edit-window N it times only the edit through the window at N devices, many times
// over (for a profiler: `perf record build/tests/bench/pcitopo-bench --edit-window 5000`).
// With --domain N it prints the generated q35 domain of N devices the figures are made on.
// With --big-guests it prints only the window's figures for a 300-port and a 5000-device guest.

#include "DomainDocument.h"
#include "DomainGenerator.h"
#include "commands/SetAddress.h"
#include "libvirt/VirtConnection.h"
#include "placement/ApplyPlan.h"
#include "placement/Planner.h"
#include "rules/RuleChecker.h"

#include "DiagramExporter.h"
#include "DocumentTab.h"
#include "GraphScene.h"
#include "LiveChecker.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "OverviewWidget.h"
#include "NodeMime.h"
#include "items/NodeItem.h"
#include "layout/GraphLayout.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pcitopo;

namespace {

/** Best wall time of `runs` runs of f, in milliseconds. */
double bestOf(int runs, const std::function<void()> &f)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        best = std::min(best, timer.nsecsElapsed() / 1e6);
    }
    return best;
}

double xmllintMs(const QString &xmllint, const QString &path, int runs)
{
    if (xmllint.isEmpty())
        return -1;
    return bestOf(runs, [&] {
        QProcess process;
        process.start(xmllint, {QStringLiteral("--noout"), path});
        process.waitForFinished(-1);
    });
}

/** `pcitopo check FILE` as a whole process: open and full check, timed the way xmllint is. */
double checkProcessMs(const QString &path, int runs)
{
    return bestOf(runs, [&] {
        QProcess process;
        process.start(QStringLiteral(PCITOPO_BINARY), {QStringLiteral("check"), path});
        process.waitForFinished(-1);
    });
}

/** `pcitopo export FILE -o OUT.svg` as a whole process: its wall time and peak resident memory. */
std::pair<double, double> exportProcess(const QString &path, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    // Through a small launcher: a child of this grown process would inherit its high-water mark.
    process.start(QStringLiteral(PCITOPO_PEAK_RSS),
                  {QStringLiteral(PCITOPO_BINARY), QStringLiteral("export"), path, QStringLiteral("-o"), out});
    process.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    bool ok = false;
    const double kib = process.readAllStandardOutput().trimmed().toDouble(&ok);
    return {ms, ok && process.exitCode() == 0 ? kib / 1024.0 : -1};
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/** --tsv: only `metric<TAB>devices<TAB>value<TAB>unit` lines on standard output. */
bool tsv = false;

/** A table line for people (not in --tsv mode). */
template<typename... Args> void human(const char *format, Args... args)
{
    if (!tsv)
        std::printf(format, args...);
}

/** A figure for machines (only in --tsv mode); devices 0 when it is not per domain size. */
void metric(const char *name, int devices, double value, const char *unit)
{
    if (tsv)
        std::printf("%s\t%d\t%.3f\t%s\n", name, devices, value, unit);
}

/**
 * One edit as the user waits for it: a SetAddress pushed on the document of a real window (tree
 * model and view, diagram scene and view, live checker, findings, properties), until the live
 * check has published its findings and the repaints the change posted are done. Undo is timed
 * the same way; the figure is one edit.
 */
double editThroughWindow(const QString &path, int runs)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openFile(path))
        return -1;
    DomainDocument *document = window.document();
    LiveChecker *checker = window.currentTab()->checker();
    bool checked = false;
    QObject::connect(checker, &LiveChecker::checked, &window, [&] { checked = true; });
    const auto settle = [&] {
        while (!checked)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::processEvents(QEventLoop::AllEvents); // the repaints
    };
    checker->checkNow();
    QCoreApplication::processEvents();
    const NodeId first = document->topology().devices().first().id;
    return bestOf(runs,
                  [&] {
                      checked = false;
                      document->undoStack()->push(new SetAddress(document, first, PciAddress{0, 2, 0, 0}));
                      settle();
                      checked = false;
                      document->undoStack()->undo();
                      settle();
                  })
        / 2;
}

/** Waits for the diagram's first paint: the moment a user sees the guest. */
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->parent() && qobject_cast<GraphView *>(watched->parent()))
            painted = true;
        return false;
    }
};

/** From File › Open of `path` to the diagram painted, in a window shown at 1280x800. */
double openToShown(const QString &path)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    FirstPaint watch;
    qApp->installEventFilter(&watch);
    QElapsedTimer timer;
    timer.start();
    if (!window.openFile(path))
        return -1;
    while (!watch.painted && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    const double ms = timer.nsecsElapsed() / 1e6;
    qApp->removeEventFilter(&watch);
    return ms;
}

struct Frames
{
    double median = 0;
    double worst = 0;
};

/** Times each step followed by a synchronous repaint of the diagram: one frame each. */
Frames frames(GraphView *view, int steps, const std::function<void(int)> &step)
{
    QList<double> times;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer timer;
        timer.start();
        step(i);
        view->viewport()->repaint();
        times << timer.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_FRAMES"))
            std::fprintf(stderr, "frame %d: %.2f ms at %.3f\n", i, times.last(), view->transform().m11());
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.last()};
}

/**
 * A big guest in the window at 1280x800: open to shown; frames of zooming (from Fit in to
 * full detail and back, around the selection) and of panning at full detail and zoomed out;
 * and the overview's re-render after a change.
 */
void bigGuest(const QString &name, const QString &path, int size)
{
    double shown = 1e300;
    for (int i = 0; i < 3 && shown >= 0; ++i) {
        const double ms = openToShown(path);
        shown = ms < 0 ? ms : std::min(shown, ms); // a failure is not a time
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (shown < 0 || !window.openFile(path)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return;
    }
    QCoreApplication::processEvents();
    GraphView *view = window.currentTab()->view();
    view->fitToWindow();
    QCoreApplication::processEvents();
    const qreal fit = view->transform().m11();
    // Zoom: from Fit up to 1.5 and back, by the toolbar's factor, around the selection.
    window.scene()->itemFor(window.document()->topology().devices().at(size / 2).id)->setSelected(true);
    int up = 0;
    for (qreal s = fit; s < 1.5; s *= 1.25)
        ++up;
    const Frames zoom = frames(view, 2 * up, [&](int i) { i < up ? view->zoomIn() : view->zoomOut(); });
    view->resetZoom(); // 100%
    const Frames panFull = frames(view, 40, [&](int i) {
        QScrollBar *bar = i % 2 ? view->verticalScrollBar() : view->horizontalScrollBar();
        bar->setValue(bar->value() + 90);
    });
    for (int i = 0; i < 4; ++i)
        view->zoomOut(); // 41%
    const Frames panOut = frames(view, 40, [&](int i) {
        QScrollBar *bar = i % 2 ? view->verticalScrollBar() : view->horizontalScrollBar();
        bar->setValue(bar->value() + 90);
    });
    double overviewMs = -1;
    if (auto *overview = window.findChild<OverviewWidget *>())
        overviewMs = bestOf(3, [&] { overview->render(); });
    human("%-13s | %9.0f | %8.2f %8.2f | %8.2f %8.2f | %8.2f %8.2f | %9.1f\n", qPrintable(name), shown, zoom.median,
          zoom.worst, panFull.median, panFull.worst, panOut.median, panOut.worst, overviewMs);
    metric("open-shown", size, shown, "ms");
    metric("zoom-frame", size, zoom.median, "ms");
    metric("zoom-frame-worst", size, zoom.worst, "ms");
    metric("pan-frame", size, panFull.median, "ms");
    metric("pan-frame-worst", size, panFull.worst, "ms");
    metric("pan-frame-zoomed-out", size, panOut.median, "ms");
    metric("overview-render", size, overviewMs, "ms");
}

} // namespace

/** Big guests through the window (issue 17's targets): a 300-port and a 5000-device q35 guest. */
void bigGuests(const QTemporaryDir &dir)
{
    human("big guests in the window at 1280x800: open a file to the diagram shown; one frame (change and "
          "repaint) of zooming from Fit to 1.5 and back, of panning at 100%% and at 41%%; the overview's "
          "re-render\n");
    human("%-13s | %9s | %17s | %17s | %17s | %9s\n", "domain", "shown ms", "zoom frame ms", "pan 100% ms",
          "pan 41% ms", "overview");
    human("%-13s | %9s | %8s %8s | %8s %8s | %8s %8s | %9s\n", "", "", "median", "worst", "median", "worst", "median",
          "worst", "ms");
    const QString ports = dir.filePath(QStringLiteral("q35-300-ports.xml"));
    const QString devices = dir.filePath(QStringLiteral("q35-5000.xml"));
    for (const auto &[path, xml] :
         {std::pair{ports, bench::generateQ35PortsDomain(300)}, std::pair{devices, bench::generateQ35Domain(5000)}}) {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(xml);
    }
    bigGuest(QStringLiteral("300 ports"), ports, 300);
    bigGuest(QStringLiteral("5000 devices"), devices, 5000);
    human("targets (issue 17): open to shown under 1000 ms; one frame of panning or zooming at 5000 devices "
          "under 16 ms\n\n");
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // the scene needs fonts: run offscreen (the bench target does)
    tsv = app.arguments().contains(QStringLiteral("--tsv"));
    QTemporaryDir dir;
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--domain")); at > 0) {
        const QByteArray xml = bench::generateQ35Domain(app.arguments().value(at + 1).toInt());
        std::fwrite(xml.constData(), 1, size_t(xml.size()), stdout);
        return 0;
    }
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--ports")); at > 0) {
        const QByteArray xml = bench::generateQ35PortsDomain(app.arguments().value(at + 1).toInt());
        std::fwrite(xml.constData(), 1, size_t(xml.size()), stdout);
        return 0;
    }
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--edit-window")); at > 0) {
        const int devices = app.arguments().value(at + 1).toInt();
        const QString path = dir.filePath(QStringLiteral("q35.xml"));
        QFile file(path);
        if (devices <= 0 || !file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "usage: pcitopo-bench --edit-window DEVICES\n");
            return 2;
        }
        file.write(bench::generateQ35Domain(devices));
        file.close();
        std::printf("edit through the window, %d devices: %.2f ms\n", devices, editThroughWindow(path, 20));
        return 0;
    }
    if (app.arguments().contains(QStringLiteral("--big-guests"))) {
        bigGuests(dir);
        return 0;
    }
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    const int runs = 5;

    human("pcitopo benchmark (best of %d runs; q35 domains with explicit addresses)\n", runs);
    if (xmllint.isEmpty())
        human("note: xmllint not found (package libxml2-utils); its column is empty\n");
    // xmllint and `pcitopo check` as whole processes (timed the same way), then in process.
    human("%-7s %6s | %9s %9s %6s | %9s %9s | %9s %11s %8s | %11s\n", "devices", "file", "xmllint", "check", "ratio",
          "open", "open+chk", "check", "move+check", "save", "edit window");
    human("%-7s %6s | %9s %9s %6s | %9s %9s | %9s %11s %8s | %11s\n", "", "KiB", "process", "process", "", "ms", "ms",
          "ms", "ms", "ms", "ms");
    for (const int devices : {100, 1000, 5000}) {
        const QByteArray xml = bench::generateQ35Domain(devices);
        const QString path = dir.filePath(QStringLiteral("q35-%1.xml").arg(devices));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(xml);
        file.close();

        const double lint = xmllintMs(xmllint, path, runs);
        // Open as the app does: read the file, parse, index.
        const double open = bestOf(runs, [&] {
            QString error;
            auto document = DomainDocument::fromFile(path, &error);
            if (!document)
                std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        });
        // What opening costs once the rules run too (layout is added with the graph view).
        const double openChecked = bestOf(runs, [&] {
            auto document = DomainDocument::fromFile(path, nullptr);
            rules::checkTopology(document->topology());
        });
        auto document = DomainDocument::fromFile(path, nullptr);
        const NodeId first = document->topology().devices().first().id;
        int findings = 0;
        const double check = bestOf(runs, [&] { findings = int(rules::checkTopology(document->topology()).size()); });
        // One edit as the editor does it: the move command (the index follows it), then the
        // re-check of what it can affect (rules::CheckSession, as the window's live checker).
        rules::CheckSession session;
        session.checkAll(document->topology());
        const QMetaObject::Connection follow =
            QObject::connect(document.get(), &DomainDocument::changed,
                             [&](const TopologyChange &change) { session.update(document->topology(), change); });
        const double move =
            bestOf(runs,
                   [&] {
                       document->undoStack()->push(new SetAddress(document.get(), first, PciAddress{0, 2, 0, 0}));
                       document->undoStack()->undo();
                   })
            / 2; // the undo costs as much as the move; report one edit
        QObject::disconnect(follow);
        document->undoStack()->push(new SetAddress(document.get(), first, PciAddress{0, 2, 0, 0}));
        const double save = bestOf(runs, [&] { document->toXml(); });
        document->undoStack()->clear();

        const double window = editThroughWindow(path, runs);
        const double checkProcess = checkProcessMs(path, runs);
        human("%-7d %6lld | %9.2f %9.2f %5.2fx | %9.2f %9.2f | %9.2f %11.2f %8.2f | %11.2f   (%d findings)\n", devices,
              static_cast<long long>(xml.size() / 1024), lint, checkProcess, lint > 0 ? checkProcess / lint : 0.0, open,
              openChecked, check, move, save, window, findings);
        metric("open-check-process", devices, checkProcess, "ms");
        metric("file-size", devices, xml.size() / 1024.0, "KiB");
        metric("xmllint", devices, lint, "ms");
        metric("open", devices, open, "ms");
        metric("open-check", devices, openChecked, "ms");
        metric("check", devices, check, "ms");
        metric("check-after-move", devices, move, "ms");
        metric("save", devices, save, "ms");
        metric("edit-window", devices, window, "ms");
    }
    // The editor's own costs: building the diagram, and one drag step (hovering a controller
    // asks canAttach for its slots until one takes the node).
    human("\n%-7s | %10s %10s %12s %12s %9s\n", "devices", "layout", "scene", "drag step", "SVG export", "SVG size");
    human("%-7s | %10s %10s %12s %12s %9s\n", "", "ms", "build ms", "ms", "ms", "MiB");
    for (const int devices : {100, 1000, 5000}) {
        auto document = DomainDocument::fromXml(bench::generateQ35Domain(devices), nullptr);
        const double layout = bestOf(runs, [&] { GraphLayout::compute(document->topology()); });
        GraphScene scene;
        const double build = bestOf(runs, [&] {
            scene.setDocument(nullptr);
            scene.setDocument(document.get());
        });
        const NodeId disk = document->topology().devices().last().id;
        // Worst case: hovering a full pci-bridge, where every slot is tried and refused.
        const NodeItem *target = scene.itemFor(document->topology().controllerByIndex(10)->id);
        std::unique_ptr<QMimeData> data(NodeMime::encode(quintptr(document.get()), {disk}));
        const double step = bestOf(runs * 4, [&] {
            QGraphicsSceneDragDropEvent event(QEvent::GraphicsSceneDragMove);
            event.setScenePos(target->sceneBoundingRect().center());
            event.setMimeData(data.get());
            event.setProposedAction(Qt::MoveAction);
            QCoreApplication::sendEvent(&scene, &event);
        });
        qsizetype svgBytes = 0;
        const double svg = bestOf(devices >= 5000 ? 1 : 3, [&] {
            QString error;
            svgBytes = DiagramExporter::render(document.get(), DiagramExporter::Format::Svg, {}, &error).size();
        });
        human("%-7d | %10.2f %10.2f %12.3f %12.1f %9.1f\n", devices, layout, build, step, svg, svgBytes / 1048576.0);
        metric("layout", devices, layout, "ms");
        metric("scene-build", devices, build, "ms");
        metric("drag-step", devices, step, "ms");
        metric("svg-export", devices, svg, "ms");
        metric("svg-size", devices, svgBytes / 1048576.0, "MiB");
    }
    human("targets (DESIGN.md): scene build and one drag step at 1000 devices within a frame (16 ms); "
          "SVG export of 1000 devices under 150 ms and 3 MB\n");
    {
        const QString path = dir.filePath(QStringLiteral("export-5000.xml"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bench::generateQ35Domain(5000));
        file.close();
        const auto [ms, rss] = exportProcess(path, dir.filePath(QStringLiteral("export-5000.svg")));
        human("pcitopo export of 5000 devices to SVG, as a process: %.0f ms, peak %.1f MiB resident (target under 100 "
              "MiB)\n\n",
              ms, rss);
        metric("export-process", 5000, ms, "ms");
        metric("export-process-rss", 5000, rss, "MiB");
    }
    bigGuests(dir);
    human("peak memory (resident) after the runs above, 5000 devices the largest: %.1f MiB\n", peakRssKiB() / 1024.0);

    // Placement: 1000 devices without addresses on q35, against libvirt's define of the result.
    {
        const QByteArray xml = bench::generateUnplacedQ35Domain("bench-place-1000", 980, 20);
        QByteArray placed;
        const double place = bestOf(runs, [&] {
            auto document = DomainDocument::fromXml(xml, nullptr);
            placement::Options options;
            options.policy = placement::Policy::Recommended;
            options.sparePorts = 4;
            const placement::Plan plan = placement::plan(document->topology(), options);
            QString error;
            placement::applyPlan(document.get(), plan, &error);
            placed = document->toXml();
        });
        auto reference = DomainDocument::fromXml(xml, nullptr);
        const double planOnly = bestOf(runs, [&] {
            placement::Options options;
            options.policy = placement::Policy::Recommended;
            (void)placement::plan(reference->topology(), options);
        });
        human("\nplacement, q35, 1000 devices without addresses (recommended policy, 4 spare ports):\n");
        human("  plan %.1f ms; plan + apply as one undo step + write XML %.1f ms\n", planOnly, place);
        metric("place-plan", 1000, planOnly, "ms");
        metric("place-apply", 1000, place, "ms");
        QString error;
        const QString root = QStringLiteral("/tmp/pcitopo-embed-bench");
        QDir().mkpath(root);
        std::unique_ptr<VirtConnection> libvirt =
            VirtConnection::open(QStringLiteral("qemu:///embed?root=") + root, &error);
        if (!libvirt) {
            human("  libvirt's define: not measured (%s)\n", qPrintable(error));
        } else {
            libvirt->define(placed, false); // warm the capability cache
            libvirt->undefine(QStringLiteral("bench-place-1000"));
            const double define = bestOf(runs, [&] {
                libvirt->define(placed, false);
                libvirt->undefine(QStringLiteral("bench-place-1000"));
            });
            const VirtConnection::Result own = libvirt->define(xml, false);
            human("  libvirt's define of the placed domain (in-process QEMU driver): %.1f ms; target: placement "
                  "faster than that define\n",
                  define);
            metric("libvirt-define", 1000, define, "ms");
            human("  libvirt's own placement of the same domain: %s\n",
                  own.ok ? "succeeded" : qPrintable(QStringLiteral("fails (%1)").arg(own.error)));
            if (own.ok)
                libvirt->undefine(QStringLiteral("bench-place-1000"));
        }
    }

    human("peak memory (resident, whole run, libvirt's QEMU driver loaded in process): %.1f MiB\n",
          peakRssKiB() / 1024.0);
    metric("peak-rss", 0, peakRssKiB() / 1024.0, "MiB");
    human("ratio: pcitopo check against xmllint --noout, both as whole processes. targets (DESIGN.md): at 5000 devices "
          "open within 1.5x "
          "xmllint, full check under 5 ms, check after one move under 1 ms; one edit through the window at most "
          "4 ms at 1000 devices and 16 ms at 5000; peak memory of the whole run under 120 MiB\n");
    return 0;
}
