#include "Feedback.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace pcitopo {

void Feedback::status(const QString &message, int timeoutMs) const
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void Feedback::report(const QString &title, const QString &message) const
{
    status(message, 8000);
    if (!isScripted()) // scripts and tests read the status bar
        QMessageBox::warning(m_window, title, message);
}

bool Feedback::confirm(const QString &title, const QString &text, const QString &details) const
{
    const QByteArray answer = qgetenv("PCITOPO_CONFIRM");
    if (!answer.isEmpty())
        return answer == "yes";
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, m_window);
    box.setDefaultButton(QMessageBox::Yes);
    box.setDetailedText(details); // a long list scrolls there instead of growing past the screen
    return box.exec() == QMessageBox::Yes;
}

int Feedback::choose(const QString &title, const QString &text, const QStringList &answers) const
{
    const QByteArray answer = qgetenv("PCITOPO_CONFIRM");
    if (!answer.isEmpty())
        return answer == "yes" ? 0 : -1;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, m_window);
    QList<QAbstractButton *> buttons;
    for (const QString &text : answers)
        buttons << box.addButton(text, QMessageBox::AcceptRole);
    if (!buttons.isEmpty())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

bool Feedback::isScripted()
{
    return !qgetenv("PCITOPO_CONFIRM").isEmpty();
}

} // namespace pcitopo
