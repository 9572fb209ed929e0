#include "CommandLine.h"
#include "MainWindow.h"
#include "libvirt/SerialWorker.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {

/** On the command line, Qt's own warnings (no XDG runtime dir, fonts) are noise on stderr. */
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("PCITOPO_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

/**
 * Loads pcitopo's and Qt's catalogues for the system locale; the editor's View › Language
 * setting overrides it, and PCITOPO_LANG overrides both.
 */
void installTranslations(QCoreApplication &app, bool editor)
{
    QString override = QString::fromLocal8Bit(qgetenv("PCITOPO_LANG"));
    if (override.isEmpty() && editor)
        override = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    // English plural forms ("1 second", "2 seconds") under every language; the language's
    // own catalogue, installed after it, is asked first.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/pcitopo_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("pcitopo"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/**
 * For tests of the real binary. PCITOPO_SCRIPT="800 Disconnect; 2500 Quit" triggers the
 * window's menu actions of those names (without "&" and "…") that many ms after launch, as a
 * click would, printing "action<TAB>NAME<TAB>MS". PCITOPO_HEARTBEAT_MS=N prints
 * "tick<TAB>MS" every N ms from the event loop: a window that freezes stops ticking. A step
 * "key Return" presses that key in the focused widget (a dialog the step before opened).
 */
void runScript(QWidget &window, const QElapsedTimer &sinceLaunch)
{
    const QString script = QString::fromLocal8Bit(qgetenv("PCITOPO_SCRIPT"));
    for (const QString &step : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString at = step.trimmed().section(QLatin1Char(' '), 0, 0);
        const QString name = step.trimmed().section(QLatin1Char(' '), 1).trimmed();
        QTimer::singleShot(at.toInt(), &window, [&window, name, &sinceLaunch] {
            if (name.startsWith(QLatin1String("key "))) { // a key pressed in the focused widget
                const QKeySequence sequence = QKeySequence::fromString(name.mid(4));
                QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
                if (sequence.isEmpty())
                    return;
                const QKeyCombination key = sequence[0];
                QTextStream(stdout) << "action\t" << name << '\t' << sinceLaunch.elapsed() << Qt::endl;
                QApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key.key(), key.keyboardModifiers()));
                QApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key.key(), key.keyboardModifiers()));
                return;
            }
            for (QAction *action : window.findChildren<QAction *>()) {
                QString text = action->text().remove(QLatin1Char('&'));
                if (text.endsWith(QChar(0x2026)))
                    text.chop(1);
                if (text.compare(name, Qt::CaseInsensitive) == 0 && action->isEnabled()) {
                    QTextStream(stdout) << "action\t" << name << '\t' << sinceLaunch.elapsed() << Qt::endl;
                    action->trigger();
                    return;
                }
            }
            QTextStream(stdout) << "no action\t" << name << Qt::endl;
        });
    }
    if (const int every = qEnvironmentVariableIntValue("PCITOPO_HEARTBEAT_MS"); every > 0) {
        auto *tick = new QTimer(&window);
        QObject::connect(tick, &QTimer::timeout, &window,
                         [&sinceLaunch] { QTextStream(stdout) << "tick\t" << sinceLaunch.elapsed() << Qt::endl; });
        tick->start(every);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    // A libvirt connection whose peer went away must fail the call, not end the process (as
    // virsh does: libvirt writes to sockets without MSG_NOSIGNAL in places).
    std::signal(SIGPIPE, SIG_IGN);
    // libvirt's event loop runs on GLib's default context, in a thread of its own (everything
    // libvirt calls back is handed to the GUI thread from there). Qt's GLib dispatcher would take
    // that context for the main thread: in the command line, which never iterates it, no domain
    // event (DEVICE_REMOVED for hotplug) was ever delivered; in the window, libvirt's socket
    // and keepalive callbacks ran on the GUI thread, where a stuck connection could hold it.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("pcitopo"));
    QCoreApplication::setApplicationName(QStringLiteral("pcitopo"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCITOPO_VERSION));

    if (argc > 1 && pcitopo::cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // Drawing needs a GUI application, but never a display: export runs offscreen.
        const bool draws = qstrcmp(argv[1], "export") == 0;
        qInstallMessageHandler(quietMessages);
        if (draws)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> application(draws ? new QApplication(argc, argv)
                                                            : new QCoreApplication(argc, argv));
        QCoreApplication &app = *application;
        installTranslations(app, false);
        QFile in;
        QFile out;
        QFile err;
        in.open(stdin, QIODevice::ReadOnly);
        out.open(stdout, QIODevice::WriteOnly);
        err.open(stderr, QIODevice::WriteOnly);
        const int status = pcitopo::cli::run(app.arguments().mid(1), &in, &out, &err);
        // A host that never answered still holds a thread in libvirt: end without it.
        if (pcitopo::SerialWorker::liveThreads() > 0) {
            out.close();
            err.close();
            std::fflush(nullptr);
            std::_Exit(status);
        }
        return status;
    }

    QApplication app(argc, argv);
    installTranslations(app, true);
    QApplication::setApplicationDisplayName(QStringLiteral("pcitopo"));
    QApplication::setDesktopFileName(QStringLiteral("pcitopo"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PCI/PCIe topology editor for libvirt guests"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Domain XML to open (with --connect: a domain name)."),
                                 QStringLiteral("[FILE | DOMAIN]"));
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        QApplication::translate("main", "Open a libvirt connection (qemu:///system, qemu+ssh://host/system, …)."),
        QStringLiteral("URI"));
    parser.addOption(connect);
    const QCommandLineOption live(
        QStringLiteral("live"),
        QApplication::translate("main", "With --connect and a domain: open the running guest's live topology."));
    parser.addOption(live);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    int exitCode = 0;
    {
        pcitopo::MainWindow window;
        window.show();
        const QStringList files = parser.positionalArguments();
        const int recovered = window.offerRecovery();
        if (parser.isSet(connect)) {
            window.connectTo(parser.value(connect), false, files.value(0), parser.isSet(live));
        } else {
            if (files.isEmpty() && recovered == 0)
                window.openDemoHost();
            for (const QString &file : files)
                window.openFile(file);
        }
        runScript(window, sinceLaunch);
        // For scripted UI tests: the diagram's boxes once a domain is shown (from a connection
        // that may take a moment); "quit" exits afterwards.
        const QByteArray print = qgetenv("PCITOPO_PRINT_NODE_GEOMETRY");
        if (!print.isEmpty() && print != "0") {
            auto *poll = new QTimer(&window);
            poll->setInterval(10);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, poll, print, &sinceLaunch] {
                if (!window.document() && sinceLaunch.elapsed() < 30000)
                    return;
                poll->stop();
                // From launch to a window showing the tree and the diagram (both are built when the
                // tab opens): the figure DESIGN.md names for a domain opened from a connection.
                QTextStream(stdout) << "shown\t" << sinceLaunch.elapsed() << " ms\n";
                QTimer::singleShot(600, &window, [&window, print] {
                    window.printNodeGeometry();
                    if (print == "quit")
                        QCoreApplication::quit();
                });
            });
            poll->start();
        }
        exitCode = app.exec();
    } // the window goes: its autosaves are discarded, its connections let go without waiting
    // A libvirt call may still be stuck on a host that never answers. Nothing is left to save:
    // end at once rather than wait for it, or tear libvirt down under it.
    if (pcitopo::SerialWorker::liveThreads() > 0) {
        std::fflush(nullptr);
        std::_Exit(exitCode);
    }
    return exitCode;
}
