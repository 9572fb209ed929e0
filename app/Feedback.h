#pragma once

#include <QString>
#include <QStringList>

class QMainWindow;

namespace pcitopo {

/**
 * How the window's parts speak to the user: the status bar, message boxes and yes/no
 * questions. PCITOPO_CONFIRM=yes|no answers the questions and keeps problems in the status
 * bar, for scripts and tests that drive the real window.
 */
class Feedback
{
public:
    explicit Feedback(QMainWindow *window)
        : m_window(window)
    { }

    QMainWindow *window() const { return m_window; }
    /** A passing message in the status bar; 0 keeps it until the next one. */
    void status(const QString &message, int timeoutMs = 0) const;
    /** A problem the user must see: in the status bar, and in a message box unless scripted. */
    void report(const QString &title, const QString &message) const;
    /** A yes/no question, Yes by default; a long `details` text scrolls under Show Details. */
    bool confirm(const QString &title, const QString &text, const QString &details = QString()) const;
    /**
     * A question with several answers (buttons, the first the default): the index chosen, or -1
     * for Cancel. Scripted, "yes" picks the first and "no" cancels.
     */
    int choose(const QString &title, const QString &text, const QStringList &answers) const;
    /** Whether PCITOPO_CONFIRM answers for the user. */
    static bool isScripted();

private:
    QMainWindow *m_window;
};

} // namespace pcitopo
