#pragma once

#include "probe/probesettings.h"
#include "report/deploymentreport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DeploymentCheckDialog;
}
class DeploymentCheck;
class Prompter;

// "Check my deployment": runs DeploymentCheck with the window's connection test settings and
// shows, live, the verdict, the findings with the advice and the full report; Cancel
// stops the check, and the report can be copied or saved as HTML, JSON or PDF. Closing
// the window cancels a check still running.
class DeploymentCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    DeploymentCheckDialog(const ProbeSettings &settings, Prompter *prompter,
                          QWidget *parent = nullptr);
    ~DeploymentCheckDialog() override;

    void start();
    void cancel();
    bool isRunning() const;
    // The report so far; final once the check has finished.
    const DeploymentReport &report() const { return m_report; }
    // The report as plain text, as Copy puts it on the clipboard.
    QString plainText() const { return m_report.plainText(); }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showReport();
    void updateButtons();
    void save(const QString &suffix);

    std::unique_ptr<Ui::DeploymentCheckDialog> ui;
    DeploymentCheck *m_check;
    Prompter *m_prompter;
    DeploymentReport m_report;
    bool m_finished = false;
};
