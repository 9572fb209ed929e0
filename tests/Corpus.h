#pragma once

#include <QDir>
#include <QFileInfoList>
#include <QStringList>
#include <QTest>

namespace pcitopo::test {

/** The corpus directory (shared/corpus beside the checkout); a test fails when it is missing. */
inline QString corpusDir()
{
    return QStringLiteral(PCITOPO_CORPUS_DIR);
}

/**
 * Every domain XML of the corpus (each set's input and libvirt-output folders). Empty when the
 * corpus is missing; callers QVERIFY2 on it so a missing corpus is a failure, not a skip.
 */
inline QFileInfoList corpusFiles()
{
    QFileInfoList files;
    const QDir root(corpusDir());
    for (const QFileInfo &set : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const char *sub : {"input", "libvirt-output"}) {
            const QDir dir(set.absoluteFilePath() + QLatin1Char('/') + QLatin1String(sub));
            files += dir.entryInfoList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        }
    }
    return files;
}

/** "libvirt-9.0/input/argv--q35.xml": a readable data-row name. */
inline QByteArray rowName(const QFileInfo &file)
{
    return QDir(corpusDir()).relativeFilePath(file.absoluteFilePath()).toUtf8();
}

} // namespace pcitopo::test
