#pragma once

#include "report/probereport.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ProbeReportDialog;
}
class Prompter;
class ProbeRunner;
class SuggestionApplier;
class SuggestionList;

// The connection test's report, live while the test runs: the verdict and advice, the
// steps with their state and duration, the certificate chain, the features offered,
// the DNS records and the XML transcript; Copy, Save as HTML and Save as JSON. When the
// advice names a change of the partner's own settings: Apply suggested setting (with a
// SuggestionApplier) and Copy PowerShell.
class ProbeReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ProbeReportDialog(ProbeRunner *runner, Prompter *prompter, QWidget *parent = nullptr);
    ~ProbeReportDialog() override;

    int currentIndex() const;
    const ProbeReport &currentReport() const;
    // The report as plain text, as Copy puts it on the clipboard.
    QString plainText() const;
    // Where Apply suggested setting applies; without one the button stays hidden.
    void setSuggestionApplier(SuggestionApplier *applier);
    // The current domain's suggestion, for its partner as tested.
    SuggestionList currentSuggestion() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void syncJobs();
    void onReport(int index, const ProbeReport &report);
    void showCurrent();
    void updateButtons();
    void saveAs(bool html);
    void retranslate();
    void fitStepColumns();
    // One line on full server dialback, for the features' summary.
    static QString dialbackText(const DialbackResult &dialback);

    std::unique_ptr<Ui::ProbeReportDialog> ui;
    QPointer<ProbeRunner> m_runner;
    Prompter *m_prompter;
    QList<ProbeReport> m_reports;
    QList<Partner> m_partners; // the partner of each report, as tested
    QPointer<SuggestionApplier> m_applier;
};
