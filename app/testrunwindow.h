#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class TestRunWindow;
}
class Prompter;
class TestRunReport;

// The results of a Test all run, shown when it ends: the counts, when it ran and with
// which local domain, each domain's verdict and advice; Save… (HTML, JSON or PDF),
// Export as PDF… and Print…. Not modal: the partner table stays usable beside it.
class TestRunWindow final : public QDialog
{
    Q_OBJECT

public:
    TestRunWindow(Prompter *prompter, QWidget *parent = nullptr);
    ~TestRunWindow() override;

    void setReport(std::shared_ptr<const TestRunReport> report);
    const TestRunReport *report() const { return m_report.get(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showReport();
    // Rows as high as their advice, wrapped in the advice column's width.
    void fitAdviceRows();

    std::unique_ptr<Ui::TestRunWindow> ui;
    Prompter *m_prompter;
    std::shared_ptr<const TestRunReport> m_report;
    QTimer m_fitTimer;
};
