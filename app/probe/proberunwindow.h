#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class ProbeRunWindow;
}
class Prompter;
class ProbeRunReport;
class SuggestionApplier;
class SuggestionList;

// The results of a Test all run, shown when it ends: the counts, when it ran and with
// which local domain, each domain's verdict and advice; Save… (HTML, JSON or PDF),
// Export as PDF… and Print…. Not modal: the partner table stays usable beside it.
// Where advice names a change of a partner's own settings: Apply suggested setting (the
// selected row's), Apply all suggested settings… (with a preview) and Copy PowerShell.
class ProbeRunWindow final : public QDialog
{
    Q_OBJECT

public:
    ProbeRunWindow(Prompter *prompter, QWidget *parent = nullptr);
    ~ProbeRunWindow() override;

    void setReport(std::shared_ptr<const ProbeRunReport> report);
    const ProbeRunReport *report() const { return m_report.get(); }
    // Where the Apply buttons apply; without one they stay hidden.
    void setSuggestionApplier(SuggestionApplier *applier);
    // Every suggestion of the run, and the selected row's.
    SuggestionList suggestions() const;
    SuggestionList selectedSuggestion() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showReport();
    void updateSuggestionButtons();
    // Rows as high as their advice, wrapped in the advice column's width.
    void fitAdviceRows();

    std::unique_ptr<Ui::ProbeRunWindow> ui;
    Prompter *m_prompter;
    std::shared_ptr<const ProbeRunReport> m_report;
    QTimer m_fitTimer;
    QPointer<SuggestionApplier> m_applier;
};
