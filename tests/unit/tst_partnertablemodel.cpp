#include "negotiationpolicy.h"
#include "partnertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_PartnerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeAndHeaders();
    void displayRoles();
    void toolTipCarriesTheWarning();
    void verdictAndFilterRoles();
    void setPartnersResets();
};

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
                                u"Description"_qs,    u"Last test"_qs};
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
             int(NegotiationPolicy::Verdict::Valid));
    QCOMPARE(model.index(1, 0).data(PartnerTableModel::VerdictRole).toInt(),
             int(NegotiationPolicy::Verdict::Warning));
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

QTEST_GUILESS_MAIN(tst_PartnerTableModel)
#include "tst_partnertablemodel.moc"
