// Which icon goes with which status: every status of every kind has an icon that loads
// from the compiled resources, and the same meaning has the same picture everywhere.
#include "models/statusicons.h"

#include <QFile>
#include <QIcon>
#include <QPixmap>
#include <QSet>
#include <QTest>

class tst_StatusIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatusHasAnIconThatLoads();
    void connectionVerdicts();
    void stepStates();
    void runOutcomes();
    void importCategories();
    void settingsAndValidation();

private:
    // Every icon file a status can map to, with whether it loaded.
    void checkLoads(const QString &fileName);
    QSet<QString> m_checked;
};

namespace {

const QString Ok = u":/icons/status-ok.svg"_qs;
const QString Warning = u":/icons/status-warning.svg"_qs;
const QString Error = u":/icons/status-error.svg"_qs;
const QString Unknown = u":/icons/status-unknown.svg"_qs;

} // namespace

void tst_StatusIcons::checkLoads(const QString &fileName)
{
    QVERIFY2(!fileName.isEmpty(), "a status without an icon");
    QVERIFY2(QFile::exists(fileName), qPrintable(fileName));
    const QIcon icon(fileName);
    QVERIFY2(!icon.isNull(), qPrintable(fileName));
    // Drawn, not only named: the SVG is in the resources and the SVG plugin reads it.
    const QPixmap pixmap = icon.pixmap(16, 16);
    QVERIFY2(!pixmap.isNull(), qPrintable(fileName));
    QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(16, 16));
    m_checked.insert(fileName);
}

void tst_StatusIcons::everyStatusHasAnIconThatLoads()
{
    using Verdict = ProbeReport::ConnectionVerdict;
    using State = ProbeReport::StepState;
    using Outcome = ProbeRunReport::Outcome;
    using Category = ImportPlan::Category;
    using Settings = NegotiationPolicy::SettingsVerdict;
    using Severity = ValidationIssue::Severity;
    for (const Verdict verdict : {Verdict::Pass, Verdict::Warning, Verdict::Fail})
        checkLoads(StatusIcons::fileName(verdict));
    for (const State state : {State::NotRun, State::Passed, State::Warning, State::Failed,
                              State::Skipped, State::Cancelled})
        checkLoads(StatusIcons::fileName(state));
    for (const Outcome outcome : {Outcome::Passed, Outcome::Warning, Outcome::Failed,
                                  Outcome::Cancelled, Outcome::NotTested})
        checkLoads(StatusIcons::fileName(outcome));
    for (const Category category :
         {Category::New, Category::Changed, Category::Unchanged, Category::Refused})
        checkLoads(StatusIcons::fileName(category));
    for (const Settings verdict : {Settings::Valid, Settings::Warning, Settings::Error})
        checkLoads(StatusIcons::fileName(verdict));
    for (const Severity severity : {Severity::Warning, Severity::Error})
        checkLoads(StatusIcons::fileName(severity));
    checkLoads(StatusIcons::probeRunningFileName());
    // The icon() the views take is the file's.
    QVERIFY(!StatusIcons::icon(Verdict::Fail).pixmap(16, 16).isNull());
    QVERIFY(!StatusIcons::probeRunningIcon().pixmap(16, 16).isNull());
    QCOMPARE(m_checked.size(), 7);
}

void tst_StatusIcons::connectionVerdicts()
{
    using Verdict = ProbeReport::ConnectionVerdict;
    QCOMPARE(StatusIcons::fileName(Verdict::Pass), Ok);
    QCOMPARE(StatusIcons::fileName(Verdict::Warning), Warning);
    QCOMPARE(StatusIcons::fileName(Verdict::Fail), Error);
    QCOMPARE(StatusIcons::probeRunningFileName(), u":/icons/network-test.svg"_qs);
}

void tst_StatusIcons::stepStates()
{
    using State = ProbeReport::StepState;
    QCOMPARE(StatusIcons::fileName(State::Passed), Ok);
    QCOMPARE(StatusIcons::fileName(State::Warning), Warning);
    QCOMPARE(StatusIcons::fileName(State::Failed), Error);
    // A step stopped half-way did not do its job.
    QCOMPARE(StatusIcons::fileName(State::Cancelled), Error);
    QCOMPARE(StatusIcons::fileName(State::NotRun), Unknown);
    QCOMPARE(StatusIcons::fileName(State::Skipped), Unknown);
}

void tst_StatusIcons::runOutcomes()
{
    using Outcome = ProbeRunReport::Outcome;
    QCOMPARE(StatusIcons::fileName(Outcome::Passed), Ok);
    QCOMPARE(StatusIcons::fileName(Outcome::Warning), Warning);
    QCOMPARE(StatusIcons::fileName(Outcome::Failed), Error);
    // A domain not tested to the end has no verdict either way.
    QCOMPARE(StatusIcons::fileName(Outcome::Cancelled), Unknown);
    QCOMPARE(StatusIcons::fileName(Outcome::NotTested), Unknown);
    // Each outcome with a verdict looks like that verdict in the Last test column.
    QCOMPARE(StatusIcons::fileName(Outcome::Passed),
             StatusIcons::fileName(ProbeReport::ConnectionVerdict::Pass));
    QCOMPARE(StatusIcons::fileName(Outcome::Warning),
             StatusIcons::fileName(ProbeReport::ConnectionVerdict::Warning));
    QCOMPARE(StatusIcons::fileName(Outcome::Failed),
             StatusIcons::fileName(ProbeReport::ConnectionVerdict::Fail));
}

void tst_StatusIcons::importCategories()
{
    using Category = ImportPlan::Category;
    QCOMPARE(StatusIcons::fileName(Category::New), u":/icons/document-new.svg"_qs);
    QCOMPARE(StatusIcons::fileName(Category::Changed), u":/icons/document-edit.svg"_qs);
    QCOMPARE(StatusIcons::fileName(Category::Unchanged), Ok);
    QCOMPARE(StatusIcons::fileName(Category::Refused), Error);
    QCOMPARE(QSet<QString>({StatusIcons::fileName(Category::New),
                            StatusIcons::fileName(Category::Changed),
                            StatusIcons::fileName(Category::Unchanged),
                            StatusIcons::fileName(Category::Refused)})
                 .size(),
             4);
}

void tst_StatusIcons::settingsAndValidation()
{
    using Settings = NegotiationPolicy::SettingsVerdict;
    QCOMPARE(StatusIcons::fileName(Settings::Valid), Ok);
    QCOMPARE(StatusIcons::fileName(Settings::Warning), Warning);
    QCOMPARE(StatusIcons::fileName(Settings::Error), Error);
    QCOMPARE(StatusIcons::fileName(ValidationIssue::Severity::Warning), Warning);
    QCOMPARE(StatusIcons::fileName(ValidationIssue::Severity::Error), Error);
}

QTEST_MAIN(tst_StatusIcons)
#include "tst_statusicons.moc"
