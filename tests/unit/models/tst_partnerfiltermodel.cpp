#include "models/partnerfiltermodel.h"
#include "models/partnertablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_PartnerFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filtersOnDomainsAndDescription_data();
    void filtersOnDomainsAndDescription();
    void partnerTypeFilterCombinesWithText();
    void sortsEveryColumnBothWays();
    void followsSourceChanges();
    void filteringAfterAnEditKeepsTheNewOrder();

private:
    QStringList shownDomains() const;

    std::unique_ptr<PartnerTableModel> m_source;
    std::unique_ptr<PartnerFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PartnerFilterModel::init()
{
    PartnerList list;
    const auto add = [&list](const QString &domain, PartnerType type, const QString &description,
                             const QStringList &additional, Negotiation tls) {
        Partner p;
        p.domain = domain;
        p.partnerType = type;
        p.description = description;
        p.additionalDomains = additional;
        p.tlsNegotiation = tls;
        QVERIFY(list.append(p).isEmpty());
    };
    add(u"fabrikam.com"_qs, PartnerType::Federated, u"Lync 2013"_qs, {u"corp.fabrikam.com"_qs},
        Negotiation::Required);
    add(u"contoso.com"_qs, PartnerType::PublicVerified, u"Openfire"_qs, {}, Negotiation::Optional);
    add(u"Adatum.com"_qs, PartnerType::Federated, u"Prosody server"_qs, {u"chat.adatum.com"_qs},
        Negotiation::Optional);
    add(u"écoles.fr"_qs, PartnerType::PublicUnverified, QString(), {}, Negotiation::Required);
    m_source = std::make_unique<PartnerTableModel>();
    m_source->setPartners(list);
    m_proxy = std::make_unique<PartnerFilterModel>();
    m_proxy->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(PartnerTableModel::DomainColumn);
}

QStringList tst_PartnerFilterModel::shownDomains() const
{
    QStringList domains;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        domains.append(m_proxy->index(row, PartnerTableModel::DomainColumn).data().toString());
    return domains;
}

void tst_PartnerFilterModel::filtersOnDomainsAndDescription_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("empty") << QString()
                           << QStringList {u"Adatum.com"_qs, u"contoso.com"_qs, u"écoles.fr"_qs,
                                           u"fabrikam.com"_qs};
    QTest::newRow("primary domain part") << u"toso"_qs << QStringList {u"contoso.com"_qs};
    QTest::newRow("additional domain, other case")
        << u"CORP.FAB"_qs << QStringList {u"fabrikam.com"_qs};
    QTest::newRow("description") << u"prosody"_qs << QStringList {u"Adatum.com"_qs};
    QTest::newRow("accented") << u"éco"_qs << QStringList {u"écoles.fr"_qs};
    QTest::newRow("spaces trimmed") << u"  openfire "_qs << QStringList {u"contoso.com"_qs};
    QTest::newRow("nothing") << u"nowhere"_qs << QStringList();
}

void tst_PartnerFilterModel::filtersOnDomainsAndDescription()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    m_proxy->setFilterText(text);
    QCOMPARE(shownDomains(), shown);
}

void tst_PartnerFilterModel::partnerTypeFilterCombinesWithText()
{
    m_proxy->setPartnerTypeFilter(PartnerType::Federated);
    QCOMPARE(shownDomains(), (QStringList {u"Adatum.com"_qs, u"fabrikam.com"_qs}));
    m_proxy->setFilterText(u"lync"_qs);
    QCOMPARE(shownDomains(), QStringList {u"fabrikam.com"_qs});
    m_proxy->setPartnerTypeFilter(std::nullopt);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void tst_PartnerFilterModel::sortsEveryColumnBothWays()
{
    m_proxy->sort(PartnerTableModel::DomainColumn, Qt::DescendingOrder);
    QCOMPARE(shownDomains().first(), u"fabrikam.com"_qs);
    m_proxy->sort(PartnerTableModel::TlsColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, PartnerTableModel::TlsColumn).data().toString(), u"Required"_qs);
    QCOMPARE(m_proxy->index(3, PartnerTableModel::TlsColumn).data().toString(), u"Optional"_qs);
    m_proxy->sort(PartnerTableModel::DescriptionColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, PartnerTableModel::DescriptionColumn).data().toString(), QString());
    QCOMPARE(m_proxy->index(1, PartnerTableModel::DescriptionColumn).data().toString(),
             u"Lync 2013"_qs);
    for (int column = 0; column < PartnerTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            for (int row = 1; row < m_proxy->rowCount(); ++row) {
                const int a = m_proxy->mapToSource(m_proxy->index(row - 1, column)).row();
                const int b = m_proxy->mapToSource(m_proxy->index(row, column)).row();
                QVERIFY(!(order == Qt::AscendingOrder ? m_source->lessThan(b, a, column)
                                                      : m_source->lessThan(a, b, column)));
            }
        }
    }
}

void tst_PartnerFilterModel::followsSourceChanges()
{
    m_proxy->setFilterText(u"example"_qs);
    QCOMPARE(m_proxy->rowCount(), 0);
    Partner added;
    added.domain = u"northwind.example"_qs;
    QVERIFY(m_source->insertPartner(0, added).isEmpty());
    QCOMPARE(shownDomains(), QStringList {u"northwind.example"_qs});
    m_source->removePartner(0);
    QCOMPARE(m_proxy->rowCount(), 0);
}

// Sorting and filtering compare ranks made once per column: an edit, an insertion or a new
// list must not leave the old ranks behind.
void tst_PartnerFilterModel::filteringAfterAnEditKeepsTheNewOrder()
{
    const auto listOf = [](const QList<std::pair<QString, QString>> &partners) {
        PartnerList list;
        for (const auto &[domain, description] : partners) {
            Partner partner;
            partner.domain = domain;
            partner.description = description;
            if (!list.append(partner).isEmpty())
                qFatal("invalid partner %s", qPrintable(domain));
        }
        return list;
    };
    m_source->setPartners(listOf({{u"a.test"_qs, u"Walnut"_qs},
                                  {u"b.test"_qs, u"Almond"_qs},
                                  {u"c.test"_qs, u"Hazel"_qs},
                                  {u"d.test"_qs, QString()}}));
    m_proxy->sort(PartnerTableModel::DescriptionColumn);
    m_proxy->setFilterText(u"l"_qs);
    QCOMPARE(shownDomains(), (QStringList {u"b.test"_qs, u"c.test"_qs, u"a.test"_qs}));
    // "Walnut" becomes "Acorn shell": first, once the filter is typed again.
    Partner edited = m_source->partnerAt(0);
    edited.description = u"Acorn shell"_qs;
    QVERIFY(m_source->replacePartner(0, edited).isEmpty());
    m_proxy->setFilterText(u"el"_qs);
    QCOMPARE(shownDomains(), (QStringList {u"a.test"_qs, u"c.test"_qs}));
    m_proxy->setFilterText(u"l"_qs);
    QCOMPARE(shownDomains(), (QStringList {u"a.test"_qs, u"b.test"_qs, u"c.test"_qs}));

    // An inserted partner takes its place among the others.
    Partner added;
    added.domain = u"e.test"_qs;
    added.description = u"Chestnut leaf"_qs;
    QVERIFY(m_source->insertPartner(0, added).isEmpty());
    m_proxy->setFilterText(u"n"_qs);
    QCOMPARE(shownDomains(), (QStringList {u"a.test"_qs, u"b.test"_qs, u"e.test"_qs}));
    m_proxy->setFilterText(u"l"_qs);
    QCOMPARE(shownDomains(),
             (QStringList {u"a.test"_qs, u"b.test"_qs, u"e.test"_qs, u"c.test"_qs}));

    // A new list is ranked anew.
    m_source->setPartners(listOf(
        {{u"b.test"_qs, u"Two"_qs}, {u"a.test"_qs, u"Three"_qs}, {u"c.test"_qs, u"One"_qs}}));
    m_proxy->setFilterText(u"o"_qs);
    QCOMPARE(shownDomains(), (QStringList {u"c.test"_qs, u"b.test"_qs}));
    m_proxy->setFilterText(QString());
    QCOMPARE(shownDomains(), (QStringList {u"c.test"_qs, u"a.test"_qs, u"b.test"_qs}));
}

QTEST_GUILESS_MAIN(tst_PartnerFilterModel)
#include "tst_partnerfiltermodel.moc"
