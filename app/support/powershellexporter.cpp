#include "support/powershellexporter.h"

#include "support/prompter.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFileInfo>

PowerShellExporter::PowerShellExporter(Prompter *prompter, QWidget *parent)
    : m_prompter(prompter)
    , m_parent(parent)
{ }

QString PowerShellExporter::exportPartners(const QList<Partner> &partners,
                                           PowerShellScriptWriter::Mode mode,
                                           const QString &partnerFile)
{
    const QString base
        = partnerFile.isEmpty() ? tr("partners") : QFileInfo(partnerFile).completeBaseName();
    const QString suggested
        = QFileInfo(partnerFile.isEmpty() ? QDir::home().filePath(base) : partnerFile)
              .dir()
              .filePath(base + u".ps1"_qs);
    QString path = m_prompter->saveFileName(m_parent, tr("Export as PowerShell script"), suggested,
                                            tr("PowerShell scripts (*.ps1);;All files (*)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ps1"_qs;
    if (const auto failure
        = AtomicFile::write(path, PowerShellScriptWriter::script(partners, mode))) {
        m_prompter->showError(
            m_parent, tr("Cannot export the partners"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), failure->reason));
        return {};
    }
    return path;
}
