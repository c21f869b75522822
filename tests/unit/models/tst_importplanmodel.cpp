// The import preview's model: one row per entry of the plan, in the file's order, with
// the row's number, what the import does with it (and its icon), the primary domain and
// the details (on one line in the cell, whole in the tooltip); the category for the
// preview's filter; every text written again in the language switched to.
#include "i18n/translations.h"
#include "import/importplan.h"
#include "import/partnerdifference.h"
#include "models/importplanmodel.h"
#include "models/statusicons.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class tst_ImportPlanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void oneRowPerEntryInTheFileOrder();
    void headers();
    void rowAndDomainColumns();
    void resultColumnNamesTheCategoryWithItsIcon();
    void detailsOfEachCategory();
    void warningsComeWithAcceptedRows();
    void oneLineJoinsSentencesAndFields();
    void categoryRoleFiltersTheRows();
    void emptyPlan();
    void retranslateRewritesEveryText();

private:
    static ImportPlan plan();
    static QVariant cell(const ImportPlanModel &model, int row, int column,
                         int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role);
    }
};

namespace {

Partner partner(const QString &domain, const QStringList &additional = {},
                const QString &description = {})
{
    Partner p;
    p.domain = domain;
    p.additionalDomains = additional;
    p.description = description;
    return p;
}

ImportRow row(int line, const Partner &p)
{
    return {line, p, p.domain, {}};
}

enum Entry { NewRow, ChangedRow, UnchangedRow, RefusedRow, WarnedRow, EntryCount };

} // namespace

ImportPlan tst_ImportPlanModel::plan()
{
    PartnerList current;
    current.append(partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs}));
    current.append(partner(u"contoso.com"_qs, {}, u"Contoso"_qs));
    Partner changed = partner(u"fabrikam.com"_qs, {u"corp.fabrikam.com"_qs});
    changed.partnerType = PartnerType::Federated;
    Partner refused = partner(u"adatum.com"_qs);
    refused.tlsNegotiation = Negotiation::NotSupported; // SASL Optional without TLS
    // An additional domain outside the primary one: a warning, not a refusal.
    const Partner warned = partner(u"d.com"_qs, {u"elsewhere.org"_qs});
    return ImportPlan(current,
                      {row(2, partner(u"litwareinc.com"_qs)), row(3, changed),
                       row(5, partner(u"contoso.com"_qs, {}, u"Contoso"_qs)), row(7, refused),
                       row(8, warned)});
}

void tst_ImportPlanModel::initTestCase()
{
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_ImportPlanModel::cleanup()
{
    QVERIFY(Translations::load(u"en"_qs));
}

void tst_ImportPlanModel::oneRowPerEntryInTheFileOrder()
{
    const ImportPlan imported = plan();
    ImportPlanModel model(imported);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), EntryCount);
    QCOMPARE(model.rowCount(), int(imported.entries().size()));
    QCOMPARE(model.columnCount(), int(ImportPlanModel::ColumnCount));
    QCOMPARE(model.columnCount(), 4);
    // A table: no row has children.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    for (int i = 0; i < EntryCount; ++i)
        QCOMPARE(cell(model, i, ImportPlanModel::DomainColumn).toString(),
                 imported.entries().at(i).domain);
    QVERIFY(!cell(model, EntryCount, 0).isValid());
}

void tst_ImportPlanModel::headers()
{
    ImportPlanModel model(plan());
    const auto header = [&](int section) {
        return model.headerData(section, Qt::Horizontal).toString();
    };
    QCOMPARE(header(ImportPlanModel::RowColumn), u"Row"_qs);
    QCOMPARE(header(ImportPlanModel::ResultColumn), u"Result"_qs);
    QCOMPARE(header(ImportPlanModel::DomainColumn), u"Primary domain"_qs);
    QCOMPARE(header(ImportPlanModel::DetailsColumn), u"Details"_qs);
    QVERIFY(!model.headerData(ImportPlanModel::ColumnCount, Qt::Horizontal).isValid());
    // Rows are numbered by the model's base class, not by a text of ours.
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
}

void tst_ImportPlanModel::rowAndDomainColumns()
{
    ImportPlanModel model(plan());
    const QList<int> lines = {2, 3, 5, 7, 8};
    for (int i = 0; i < EntryCount; ++i) {
        QCOMPARE(cell(model, i, ImportPlanModel::RowColumn).toInt(), lines.at(i));
        QCOMPARE(cell(model, i, ImportPlanModel::RowColumn, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        // The domain cell's tooltip is the domain, whole.
        QCOMPARE(cell(model, i, ImportPlanModel::DomainColumn, Qt::ToolTipRole),
                 cell(model, i, ImportPlanModel::DomainColumn));
    }
    QCOMPARE(cell(model, NewRow, ImportPlanModel::DomainColumn).toString(), u"litwareinc.com"_qs);
    QCOMPARE(cell(model, RefusedRow, ImportPlanModel::DomainColumn).toString(), u"adatum.com"_qs);
    // Nothing is editable nor decorated there.
    QVERIFY(!cell(model, NewRow, ImportPlanModel::RowColumn, Qt::DecorationRole).isValid());
    QVERIFY(!cell(model, NewRow, ImportPlanModel::DomainColumn, Qt::DecorationRole).isValid());
    QVERIFY(!(model.flags(model.index(NewRow, 0)) & Qt::ItemIsEditable));
}

void tst_ImportPlanModel::resultColumnNamesTheCategoryWithItsIcon()
{
    ImportPlanModel model(plan());
    const QList<std::pair<Entry, ImportPlan::Category>> expected
        = {{NewRow, ImportPlan::Category::New},
           {ChangedRow, ImportPlan::Category::Changed},
           {UnchangedRow, ImportPlan::Category::Unchanged},
           {RefusedRow, ImportPlan::Category::Refused},
           {WarnedRow, ImportPlan::Category::New}};
    for (const auto &[entry, category] : expected) {
        QCOMPARE(cell(model, entry, ImportPlanModel::ResultColumn).toString(),
                 ImportPlan::categoryName(category));
        const auto icon
            = cell(model, entry, ImportPlanModel::ResultColumn, Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.pixmap(16, 16).isNull());
        QCOMPARE(icon.pixmap(16, 16).toImage(),
                 StatusIcons::icon(category).pixmap(16, 16).toImage());
    }
    QCOMPARE(cell(model, NewRow, ImportPlanModel::ResultColumn).toString(), u"New"_qs);
    QCOMPARE(cell(model, ChangedRow, ImportPlanModel::ResultColumn).toString(), u"Changed"_qs);
    QCOMPARE(cell(model, UnchangedRow, ImportPlanModel::ResultColumn).toString(), u"Unchanged"_qs);
    QCOMPARE(cell(model, RefusedRow, ImportPlanModel::ResultColumn).toString(), u"Refused"_qs);
}

void tst_ImportPlanModel::detailsOfEachCategory()
{
    const ImportPlan imported = plan();
    ImportPlanModel model(imported);
    const auto lines = [&](int entry) {
        return cell(model, entry, ImportPlanModel::DetailsColumn, ImportPlanModel::FullDetailsRole)
            .toString()
            .split(u'\n');
    };
    // New: the partner's settings.
    QCOMPARE(lines(NewRow), PartnerDifference::summary(*imported.entries().at(NewRow).partner));
    QVERIFY(lines(NewRow).contains(u"TLS negotiation: Required"_qs));
    // Changed: what changes.
    QCOMPARE(lines(ChangedRow), QStringList {u"Partner type: Public unverified → Federated"_qs});
    QCOMPARE(lines(UnchangedRow),
             QStringList {u"The list already has this partner with these settings."_qs});
    // Refused: why, naming the row.
    QVERIFY2(lines(RefusedRow).first().startsWith(u"Row 7: SASL requires TLS."_qs),
             qPrintable(lines(RefusedRow).first()));
    QCOMPARE(lines(RefusedRow), imported.entries().at(RefusedRow).reason.toString().split(u'\n'));

    for (int i = 0; i < EntryCount; ++i) {
        const ImportPlan::Entry &entry = imported.entries().at(i);
        // The cell shows the details on one line, the tooltip and the full role one per line.
        QCOMPARE(cell(model, i, ImportPlanModel::DetailsColumn).toString(),
                 ImportPlanModel::oneLine(ImportPlanModel::details(entry)));
        QCOMPARE(cell(model, i, ImportPlanModel::DetailsColumn, Qt::ToolTipRole).toString(),
                 ImportPlanModel::details(entry).join(u'\n'));
        // Every column answers the full details and the category, for the details pane
        // and the filter, whichever cell is current.
        for (int column = 0; column < ImportPlanModel::ColumnCount; ++column) {
            QCOMPARE(cell(model, i, column, ImportPlanModel::FullDetailsRole).toString(),
                     lines(i).join(u'\n'));
            QCOMPARE(cell(model, i, column, ImportPlanModel::CategoryRole).toInt(),
                     int(entry.category));
        }
    }
    QCOMPARE(cell(model, UnchangedRow, ImportPlanModel::DetailsColumn).toString(),
             u"The list already has this partner with these settings."_qs);
}

void tst_ImportPlanModel::warningsComeWithAcceptedRows()
{
    const ImportPlan imported = plan();
    ImportPlanModel model(imported);
    const ImportPlan::Entry &warned = imported.entries().at(WarnedRow);
    QCOMPARE(warned.warnings.size(), 1);
    const QStringList lines = ImportPlanModel::details(warned);
    QCOMPARE(lines.last(), u"Warning: "_qs + warned.warnings.first());
    const auto icon
        = cell(model, WarnedRow, ImportPlanModel::DetailsColumn, Qt::DecorationRole).value<QIcon>();
    QCOMPARE(icon.pixmap(16, 16).toImage(),
             StatusIcons::icon(ValidationIssue::Severity::Warning).pixmap(16, 16).toImage());
    // Rows without warnings have no icon in the details, nor has a refused row (its
    // reason says it all).
    for (const Entry entry : {NewRow, ChangedRow, UnchangedRow, RefusedRow})
        QVERIFY(!cell(model, entry, ImportPlanModel::DetailsColumn, Qt::DecorationRole).isValid());
}

void tst_ImportPlanModel::oneLineJoinsSentencesAndFields()
{
    // After a sentence a space, between fields a semicolon.
    QCOMPARE(ImportPlanModel::oneLine({u"First sentence."_qs, u"TLS: on"_qs, u"SASL: off"_qs}),
             u"First sentence. TLS: on; SASL: off"_qs);
    QCOMPARE(ImportPlanModel::oneLine({u"Only"_qs}), u"Only"_qs);
    QCOMPARE(ImportPlanModel::oneLine({}), QString());
}

void tst_ImportPlanModel::categoryRoleFiltersTheRows()
{
    // As the preview filters: the category role of the Result column, matched whole.
    ImportPlanModel model(plan());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(ImportPlanModel::CategoryRole);
    proxy.setFilterKeyColumn(ImportPlanModel::ResultColumn);
    const auto shown = [&](ImportPlan::Category category) {
        proxy.setFilterRegularExpression(QRegularExpression(u"^%1$"_qs.arg(int(category))));
        QStringList domains;
        for (int i = 0; i < proxy.rowCount(); ++i)
            domains.append(proxy.index(i, ImportPlanModel::DomainColumn).data().toString());
        return domains;
    };
    QCOMPARE(shown(ImportPlan::Category::New), QStringList({u"litwareinc.com"_qs, u"d.com"_qs}));
    QCOMPARE(shown(ImportPlan::Category::Changed), QStringList {u"fabrikam.com"_qs});
    QCOMPARE(shown(ImportPlan::Category::Unchanged), QStringList {u"contoso.com"_qs});
    QCOMPARE(shown(ImportPlan::Category::Refused), QStringList {u"adatum.com"_qs});
    proxy.setFilterRegularExpression(QRegularExpression());
    QCOMPARE(proxy.rowCount(), EntryCount);
}

void tst_ImportPlanModel::emptyPlan()
{
    ImportPlanModel model(ImportPlan(PartnerList(), {}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ImportPlanModel::ColumnCount));
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    // No cell to announce, the headers still.
    QCOMPARE(cells.size(), 0);
    QCOMPARE(headers.size(), 1);
}

void tst_ImportPlanModel::retranslateRewritesEveryText()
{
    ImportPlanModel model(plan());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);

    QVERIFY(Translations::load(u"fr"_qs));
    model.retranslate();
    // Every cell and every header, in one signal each.
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(cells.first().at(1).toModelIndex(),
             model.index(EntryCount - 1, ImportPlanModel::ColumnCount - 1));
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), ImportPlanModel::ColumnCount - 1);

    QCOMPARE(model.headerData(ImportPlanModel::RowColumn, Qt::Horizontal).toString(), u"Ligne"_qs);
    QCOMPARE(model.headerData(ImportPlanModel::ResultColumn, Qt::Horizontal).toString(),
             u"Résultat"_qs);
    QCOMPARE(model.headerData(ImportPlanModel::DomainColumn, Qt::Horizontal).toString(),
             u"Domaine principal"_qs);
    QCOMPARE(cell(model, NewRow, ImportPlanModel::ResultColumn).toString(), u"Nouveau"_qs);
    QCOMPARE(cell(model, UnchangedRow, ImportPlanModel::DetailsColumn).toString(),
             u"La liste a déjà ce partenaire avec ces paramètres."_qs);
    // The reason names the row in the language of the moment.
    const QString refused = cell(model, RefusedRow, ImportPlanModel::DetailsColumn).toString();
    QVERIFY2(refused.startsWith(u"Ligne 7\u00a0: "_qs), qPrintable(refused));
    QVERIFY(cell(model, WarnedRow, ImportPlanModel::DetailsColumn)
                .toString()
                .contains(u"Avertissement\u00a0: "_qs));

    QVERIFY(Translations::load(u"en"_qs));
    model.retranslate();
    QCOMPARE(cells.size(), 2);
    QCOMPARE(headers.size(), 2);
    QCOMPARE(model.headerData(ImportPlanModel::RowColumn, Qt::Horizontal).toString(), u"Row"_qs);
    QCOMPARE(cell(model, NewRow, ImportPlanModel::ResultColumn).toString(), u"New"_qs);
    QCOMPARE(cell(model, UnchangedRow, ImportPlanModel::DetailsColumn).toString(),
             u"The list already has this partner with these settings."_qs);
}

QTEST_MAIN(tst_ImportPlanModel)
#include "tst_importplanmodel.moc"
