#include "models/partnertablemodel.h"
#include "partners/negotiationpolicy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

class tst_PartnerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeAndHeaders();
    void displayRoles();
    void toolTipCarriesTheWarning();
    void verdictAndFilterRoles();
    void setPartnersResets();
    void flagsAndEditRole();
    void setDataEditsThroughTheRules();
    void setDataRefusalLeavesTheModelUnchanged();
    void editHandlerDecides();
    void decorationMarksWarningRows();
    void rowChangesEmitTheRightSignals();
    void retranslateAnnouncesHeadersAndCells();
    void longDescriptionCellAndToolTipStayShort();
    void descriptionsWithTheSameStartSortByTheWholeText();
    void certificateColumnShowsTheFirstToEnd();
    void certificateColumnColoursWhatEndsSoon();
    void certificateColumnSortsByDaysLeft();
};

namespace {

// A last test whose domains presented certificates ending at `ends` (by domain).
PartnerTableModel::LastProbe testedWith(const QList<std::pair<QString, QDateTime>> &ends)
{
    PartnerTableModel::LastProbe last;
    last.verdict = ProbeReport::ConnectionVerdict::Pass;
    last.testedAt = QDateTime::currentDateTime();
    for (const auto &[domain, notAfter] : ends)
        last.certificates.append({domain, notAfter});
    return last;
}

// `days` whole days from now, and an hour more so that the count is not on its edge.
QDateTime inDays(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).addSecs(3600);
}

} // namespace

static PartnerList twoPartners()
{
    PartnerList list;
    Partner fabrikam;
    fabrikam.domain = u"fabrikam.com"_qs;
    fabrikam.additionalDomains = {u"corp.fabrikam.com"_qs, u"it.fabrikam.com"_qs};
    fabrikam.partnerType = PartnerType::Federated;
    fabrikam.description = u"First line\nsecond line"_qs;
    Partner litware;
    litware.domain = u"litwareinc.com"_qs;
    litware.tlsNegotiation = Negotiation::Optional; // row 9: warning
    litware.supportDialbackNegotiation = true;
    list.append(fabrikam);
    list.append(litware);
    return list;
}

void tst_PartnerTableModel::shapeAndHeaders()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPartners(twoPartners());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PartnerTableModel::ColumnCount));
    const QStringList expected {u"Primary domain"_qs, u"Partner type"_qs, u"TLS"_qs,
                                u"SASL"_qs,           u"Dialback"_qs,     u"Additional domains"_qs,
                                u"Description"_qs,    u"Last test"_qs,    u"Certificate"_qs};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void tst_PartnerTableModel::displayRoles()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data(Qt::DisplayRole).toString();
    };
    QCOMPARE(cell(0, PartnerTableModel::DomainColumn), u"fabrikam.com"_qs);
    QCOMPARE(cell(0, PartnerTableModel::PartnerTypeColumn), u"Federated"_qs);
    QCOMPARE(cell(1, PartnerTableModel::PartnerTypeColumn), u"Public unverified"_qs);
    QCOMPARE(cell(0, PartnerTableModel::TlsColumn), u"Required"_qs);
    QCOMPARE(cell(1, PartnerTableModel::TlsColumn), u"Optional"_qs);
    QCOMPARE(cell(0, PartnerTableModel::SaslColumn), u"Optional"_qs);
    QCOMPARE(cell(0, PartnerTableModel::DialbackColumn), u"True"_qs);
    QCOMPARE(cell(0, PartnerTableModel::AdditionalDomainsColumn),
             u"corp.fabrikam.com, it.fabrikam.com"_qs);
    QCOMPARE(cell(0, PartnerTableModel::DescriptionColumn), u"First line"_qs);
}

void tst_PartnerTableModel::toolTipCarriesTheWarning()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    QCOMPARE(model.index(1, PartnerTableModel::DomainColumn).data(Qt::ToolTipRole).toString(),
             u"SASL requires TLS. Leaving TLS optional may make session negotiation fail."_qs);
    QVERIFY(
        model.index(0, PartnerTableModel::DomainColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_PartnerTableModel::verdictAndFilterRoles()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    QCOMPARE(model.index(0, 0).data(PartnerTableModel::VerdictRole).toInt(),
             int(NegotiationPolicy::SettingsVerdict::Valid));
    QCOMPARE(model.index(1, 0).data(PartnerTableModel::VerdictRole).toInt(),
             int(NegotiationPolicy::SettingsVerdict::Warning));
    QVERIFY(model.index(0, 3)
                .data(PartnerTableModel::FilterTextRole)
                .toString()
                .contains(u"it.fabrikam.com"_qs));
    QCOMPARE(model.index(0, 0).data(PartnerTableModel::PartnerTypeRole).toInt(),
             int(PartnerType::Federated));
}

void tst_PartnerTableModel::setPartnersResets()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPartners(twoPartners());
    QCOMPARE(reset.size(), 1);
    model.setPartners(PartnerList());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 2);
}

void tst_PartnerTableModel::flagsAndEditRole()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column) {
        const bool editable = model.flags(model.index(0, column)).testFlag(Qt::ItemIsEditable);
        QCOMPARE(editable,
                 column != PartnerTableModel::LastProbeColumn
                     && column != PartnerTableModel::CertificateColumn);
    }
    QCOMPARE(model.index(0, PartnerTableModel::TlsColumn).data(Qt::EditRole).toInt(),
             int(Negotiation::Required));
    QCOMPARE(model.index(0, PartnerTableModel::DialbackColumn).data(Qt::EditRole).toBool(), true);
    QCOMPARE(model.index(0, PartnerTableModel::DescriptionColumn).data(Qt::EditRole).toString(),
             u"First line\nsecond line"_qs);
}

void tst_PartnerTableModel::setDataEditsThroughTheRules()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPartners(twoPartners());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        model.setData(model.index(0, PartnerTableModel::SaslColumn), int(Negotiation::Required)));
    QCOMPARE(model.partnerAt(0).saslNegotiation, Negotiation::Required);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.setData(model.index(0, PartnerTableModel::AdditionalDomainsColumn),
                          u"a.fabrikam.com; b.fabrikam.com ,c.fabrikam.com"_qs));
    QCOMPARE(model.partnerAt(0).additionalDomains,
             (QStringList {u"a.fabrikam.com"_qs, u"b.fabrikam.com"_qs, u"c.fabrikam.com"_qs}));
    QVERIFY(model.setData(model.index(1, PartnerTableModel::DomainColumn), u"  litware.com "_qs));
    QCOMPARE(model.partnerAt(1).domain, u"litware.com"_qs);
    QVERIFY(model.setData(model.index(1, PartnerTableModel::PartnerTypeColumn),
                          int(PartnerType::PublicVerified)));
    QCOMPARE(model.index(1, PartnerTableModel::PartnerTypeColumn).data().toString(),
             u"Public verified"_qs);
    // Out-of-range enum values are not values at all.
    QVERIFY(!model.setData(model.index(1, PartnerTableModel::TlsColumn), 7));
    QVERIFY(!model.setData(model.index(1, PartnerTableModel::LastProbeColumn), u"x"_qs));
}

void tst_PartnerTableModel::setDataRefusalLeavesTheModelUnchanged()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    const PartnerList before = model.partners();
    QSignalSpy refused(&model, &PartnerTableModel::editRefused);
    QVERIFY(!model.setData(model.index(0, PartnerTableModel::TlsColumn),
                           int(Negotiation::NotSupported)));
    QCOMPARE(model.lastEditError(),
             u"SASL requires TLS. To use SASL, TLS must be Required or Optional."_qs);
    QVERIFY(!model.setData(model.index(1, PartnerTableModel::DomainColumn), u"fabrikam.com"_qs));
    QCOMPARE(model.lastEditError(),
             u"The domain fabrikam.com is already the primary domain of another partner."_qs);
    QVERIFY(!model.setData(model.index(1, PartnerTableModel::DomainColumn), u"bad domain"_qs));
    QVERIFY(model.lastEditError().contains(u"space"_qs));
    QCOMPARE(refused.size(), 3);
    QCOMPARE(model.partners(), before);
}

void tst_PartnerTableModel::editHandlerDecides()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    QList<int> rows;
    model.setEditHandler([&rows](int row, const Partner &) -> ValidationIssues {
        rows.append(row);
        return {{ValidationIssue::Severity::Error, ValidationIssue::Field::Description, u"no"_qs}};
    });
    QVERIFY(!model.setData(model.index(1, PartnerTableModel::DescriptionColumn), u"x"_qs));
    QCOMPARE(rows, QList<int> {1});
    QCOMPARE(model.lastEditError(), u"no"_qs);
    QVERIFY(model.partnerAt(1).description.isEmpty());
    // An edit that changes nothing does not reach the handler.
    QVERIFY(model.setData(model.index(1, PartnerTableModel::DescriptionColumn), QString()));
    QCOMPARE(rows.size(), 1);
}

void tst_PartnerTableModel::decorationMarksWarningRows()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    QVERIFY(model.index(0, 0).data(Qt::DecorationRole).isNull());
    const QIcon icon = model.index(1, 0).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY(!icon.pixmap(16, 16).isNull());
    QVERIFY(model.index(1, 1).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.index(0, PartnerTableModel::PartnerTypeColumn).data(Qt::ToolTipRole).toString(),
             partnerTypeDescription(PartnerType::Federated));
}

void tst_PartnerTableModel::rowChangesEmitTheRightSignals()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPartners(twoPartners());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Partner partner;
    partner.domain = u"contoso.com"_qs;
    QVERIFY(model.insertPartner(1, partner).isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(model.partnerAt(1).domain, u"contoso.com"_qs);
    QVERIFY(!model.insertPartner(0, partner).isEmpty()); // its domain is taken now
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.removePartner(1).domain, u"contoso.com"_qs);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void tst_PartnerTableModel::retranslateAnnouncesHeadersAndCells()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(2).toInt(), PartnerTableModel::ColumnCount - 1);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().at(1).value<QModelIndex>(),
             model.index(1, PartnerTableModel::ColumnCount - 1));
}

void tst_PartnerTableModel::longDescriptionCellAndToolTipStayShort()
{
    // The longest description the cmdlet takes, one long line and then more lines: the
    // cell shows the start of the first line, the tooltip wrapped lines, the editor the
    // whole text.
    Partner partner;
    partner.domain = u"fabrikam.com"_qs;
    QString words;
    while (words.size() < 900)
        words += u"Fabrikam federation note "_qs;
    partner.description = words.left(900) + u"\nsecond line\nthird line"_qs;
    partner.description
        += QString(Partner::MaxDescriptionLength - partner.description.size(), u'x');
    QCOMPARE(partner.description.size(), Partner::MaxDescriptionLength);
    PartnerList list;
    QVERIFY(list.append(partner).isEmpty());
    PartnerTableModel model;
    model.setPartners(list);
    const QModelIndex cell = model.index(0, PartnerTableModel::DescriptionColumn);

    const QString shown = cell.data().toString();
    QCOMPARE(shown.size(), 201);
    QVERIFY(shown.endsWith(u'…'));
    QVERIFY(partner.description.startsWith(shown.chopped(1)));

    // The tooltip: the whole description, in lines of at most 80 characters (one that
    // is longer than the limit would be cut after 20 lines: see tst_TextExcerpt).
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    const QStringList lines = tip.split(u'\n');
    QVERIFY(lines.size() > 12);
    QVERIFY(lines.size() <= 20);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 80, qPrintable(line));
    QVERIFY(lines.contains(u"second line"_qs));
    const auto letters = [](QString text) {
        return text.remove(u'\n').remove(u' ');
    };
    QCOMPARE(letters(tip), letters(partner.description));

    QCOMPARE(cell.data(Qt::EditRole).toString(), partner.description);
}

void tst_PartnerTableModel::descriptionsWithTheSameStartSortByTheWholeText()
{
    // Descriptions sort by the keys of their first 256 characters; two that start the
    // same still come in the order of their whole texts.
    const QString start(300, u'a');
    PartnerList list;
    for (const QString &domain : {u"b.com"_qs, u"a.com"_qs, u"c.com"_qs}) {
        Partner partner;
        partner.domain = domain;
        partner.description = domain == u"c.com" ? u"b"_qs : start + domain;
        QVERIFY(list.append(partner).isEmpty());
    }
    PartnerTableModel model;
    model.setPartners(list);
    const int column = PartnerTableModel::DescriptionColumn;
    QVERIFY(model.lessThan(1, 0, column)); // …a.com before …b.com
    QVERIFY(!model.lessThan(0, 1, column));
    QVERIFY(!model.lessThan(0, 0, column));
    QVERIFY(model.lessThan(0, 2, column)); // "aaa…" before "b"
}

void tst_PartnerTableModel::certificateColumnShowsTheFirstToEnd()
{
    PartnerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPartners(twoPartners());
    const QModelIndex fabrikam = model.index(0, PartnerTableModel::CertificateColumn);
    const QModelIndex litware = model.index(1, PartnerTableModel::CertificateColumn);
    // Not tested: an empty cell.
    QVERIFY(!fabrikam.data().isValid());
    QVERIFY(!fabrikam.data(PartnerTableModel::CertificateDaysRole).isValid());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLastProbe(u"fabrikam.com"_qs,
                       testedWith({{u"fabrikam.com"_qs, inDays(200)},
                                   {u"corp.fabrikam.com"_qs, inDays(45)},
                                   {u"it.fabrikam.com"_qs, inDays(90)}}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(0).toModelIndex().column() <= PartnerTableModel::LastProbeColumn);
    QCOMPARE(changed.first().at(1).toModelIndex().column(),
             int(PartnerTableModel::CertificateColumn));
    // The minimum over the partner's domains, whichever domain it is.
    QCOMPARE(fabrikam.data().toString(),
             CertificateCell::tr("%n day(s)", "certificate: days left", 45));
    QCOMPARE(fabrikam.data(PartnerTableModel::CertificateDaysRole).toLongLong(), 45);
    const QString toolTip = fabrikam.data(Qt::ToolTipRole).toString();
    QCOMPARE(toolTip.count(u'\n'), 2);
    for (const QString &line :
         {u"fabrikam.com: valid until "_qs, u"corp.fabrikam.com: valid until "_qs,
          u"it.fabrikam.com: valid until "_qs, u", 45 day"_qs, u", 200 day"_qs})
        QVERIFY2(toolTip.contains(line), qPrintable(toolTip));
    QVERIFY(toolTip.contains(QLocale().toString(inDays(90).toLocalTime(), QLocale::ShortFormat)));

    // Tested without TLS: no certificate to count, still an empty cell.
    model.setLastProbe(u"litwareinc.com"_qs, testedWith({}));
    QVERIFY(!litware.data().isValid());
    QVERIFY(!litware.data(Qt::ToolTipRole).isValid());
    QVERIFY(!(model.flags(litware) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(litware, 3));
}

void tst_PartnerTableModel::certificateColumnColoursWhatEndsSoon()
{
    PartnerTableModel model;
    model.setPartners(twoPartners());
    const QModelIndex cell = model.index(0, PartnerTableModel::CertificateColumn);
    model.setLastProbe(u"fabrikam.com"_qs, testedWith({{u"fabrikam.com"_qs, inDays(120)}}));
    QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
    QVERIFY(!cell.data(Qt::DecorationRole).isValid());

    model.setLastProbe(
        u"fabrikam.com"_qs,
        testedWith({{u"fabrikam.com"_qs, inDays(120)}, {u"corp.fabrikam.com"_qs, inDays(12)}}));
    QCOMPARE(cell.data().toString(),
             CertificateCell::tr("%n day(s)", "certificate: days left", 12));
    const QColor soon = cell.data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(soon.isValid());
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());

    model.setLastProbe(
        u"fabrikam.com"_qs,
        testedWith({{u"fabrikam.com"_qs, QDateTime::currentDateTimeUtc().addDays(-3)}}));
    QCOMPARE(cell.data().toString(), u"Expired"_qs);
    QCOMPARE(cell.data(PartnerTableModel::CertificateDaysRole).toLongLong(), -3);
    const QColor expired = cell.data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(expired, QColor(0xc6, 0x28, 0x28)); // the reports' failure red
    QVERIFY(soon != expired);
    QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(u"fabrikam.com: expired on "_qs));
    // Other columns keep their colours.
    QVERIFY(!model.index(0, PartnerTableModel::LastProbeColumn).data(Qt::ForegroundRole).isValid());
}

void tst_PartnerTableModel::certificateColumnSortsByDaysLeft()
{
    PartnerList list;
    // Days left by partner; -1: not tested.
    const QList<std::pair<QString, int>> days {{u"a.example"_qs, 9},   {u"b.example"_qs, -1},
                                               {u"c.example"_qs, 100}, {u"d.example"_qs, -5},
                                               {u"e.example"_qs, 10},  {u"f.example"_qs, 29}};
    for (const auto &[domain, left] : days) {
        Partner partner;
        partner.domain = domain;
        QVERIFY(list.append(partner).isEmpty());
    }
    PartnerTableModel model;
    model.setPartners(list);
    for (const auto &[domain, left] : days) {
        if (left != -1)
            model.setLastProbe(domain, testedWith({{domain, inDays(left)}}));
    }
    const auto order = [&model](Qt::SortOrder sortOrder) {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row)
            rows.append(row);
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return sortOrder == Qt::AscendingOrder
                ? model.lessThan(a, b, PartnerTableModel::CertificateColumn)
                : model.lessThan(b, a, PartnerTableModel::CertificateColumn);
        });
        QStringList domains;
        for (const int row : rows)
            domains.append(model.partnerAt(row).domain);
        return domains;
    };
    // By number, not by text ("10" before "9"); untested partners last.
    QCOMPARE(order(Qt::AscendingOrder),
             (QStringList {u"d.example"_qs, u"a.example"_qs, u"e.example"_qs, u"f.example"_qs,
                           u"c.example"_qs, u"b.example"_qs}));
    QCOMPARE(order(Qt::DescendingOrder).first(), u"b.example"_qs);

    // A new result moves its row.
    model.setLastProbe(u"c.example"_qs, testedWith({{u"c.example"_qs, inDays(1)}}));
    QCOMPARE(order(Qt::AscendingOrder).at(1), u"c.example"_qs);
    // And so does a partner added or removed.
    Partner added;
    added.domain = u"g.example"_qs;
    model.setLastProbe(u"g.example"_qs, testedWith({{u"g.example"_qs, inDays(-30)}}));
    QVERIFY(model.insertPartner(0, added).isEmpty());
    QCOMPARE(order(Qt::AscendingOrder).first(), u"g.example"_qs);
    model.removePartner(0);
    QCOMPARE(order(Qt::AscendingOrder).first(), u"d.example"_qs);
}

QTEST_MAIN(tst_PartnerTableModel)
#include "tst_partnertablemodel.moc"
