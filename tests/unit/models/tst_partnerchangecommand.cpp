#include "models/partnerchangecommand.h"
#include "models/partnertablemodel.h"

#include <QTest>
#include <QUndoStack>

class tst_PartnerChangeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUndoRedo();
    void editUndoRedo();
    void removeUndoRestoresThePosition();
    void manyChangesAreOneStep();
    void cleanStateFollowsTheStack();
    void largeImportResetsTheModelOnce();

private:
    static Partner partner(const QString &domain)
    {
        Partner p;
        p.domain = domain;
        return p;
    }
    static PartnerList three()
    {
        PartnerList list;
        for (const QString &domain : {u"a.com"_qs, u"b.com"_qs, u"c.com"_qs})
            list.append(partner(domain));
        return list;
    }
};

void tst_PartnerChangeCommand::addUndoRedo()
{
    PartnerTableModel model;
    model.setPartners(three());
    QUndoStack stack;
    stack.push(PartnerChangeCommand::add(&model, 1, partner(u"new.com"_qs)));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.partnerAt(1).domain, u"new.com"_qs);
    QCOMPARE(stack.undoText(), u"Add new.com"_qs);
    stack.undo();
    QCOMPARE(model.partners(), three());
    stack.redo();
    QCOMPARE(model.partnerAt(1).domain, u"new.com"_qs);
}

void tst_PartnerChangeCommand::editUndoRedo()
{
    PartnerTableModel model;
    model.setPartners(three());
    QUndoStack stack;
    Partner after = model.partnerAt(2);
    after.description = u"edited"_qs;
    after.tlsNegotiation = Negotiation::Optional;
    stack.push(PartnerChangeCommand::edit(&model, 2, model.partnerAt(2), after));
    QCOMPARE(model.partnerAt(2), after);
    stack.undo();
    QCOMPARE(model.partners(), three());
    stack.redo();
    QCOMPARE(model.partnerAt(2), after);
}

void tst_PartnerChangeCommand::removeUndoRestoresThePosition()
{
    PartnerTableModel model;
    model.setPartners(three());
    QUndoStack stack;
    stack.push(PartnerChangeCommand::remove(&model, 1, model.partnerAt(1)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.partners().indexOfDomain(u"b.com"_qs), -1);
    stack.undo();
    QCOMPARE(model.partners(), three());
    QCOMPARE(model.partners().indexOfDomain(u"b.com"_qs), 1);
}

void tst_PartnerChangeCommand::manyChangesAreOneStep()
{
    PartnerTableModel model;
    model.setPartners(three());
    QUndoStack stack;
    Partner renamed = partner(u"b2.com"_qs);
    stack.push(new PartnerChangeCommand(&model,
                                        {{3, std::nullopt, partner(u"d.com"_qs)},
                                         {0, partner(u"a.com"_qs), std::nullopt},
                                         {0, partner(u"b.com"_qs), renamed}},
                                        LocalizedText::verbatim(u"Import"_qs)));
    QStringList domains;
    for (const Partner &p : model.partners().partners())
        domains.append(p.domain);
    QCOMPARE(domains, (QStringList {u"b2.com"_qs, u"c.com"_qs, u"d.com"_qs}));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(model.partners(), three());
}

void tst_PartnerChangeCommand::cleanStateFollowsTheStack()
{
    PartnerTableModel model;
    model.setPartners(three());
    QUndoStack stack;
    QVERIFY(stack.isClean());
    stack.push(PartnerChangeCommand::remove(&model, 0, model.partnerAt(0)));
    QVERIFY(!stack.isClean());
    stack.undo();
    QVERIFY(stack.isClean());
}

void tst_PartnerChangeCommand::largeImportResetsTheModelOnce()
{
    // Beyond MaxChangesInPlace changes, views get one reset instead of a signal per row
    // (each of which costs a sorting proxy a pass over every row), and the list ends as
    // the same changes applied one by one would leave it.
    PartnerTableModel model;
    model.setPartners(three());
    QList<PartnerChangeCommand::Change> changes;
    const int added = int(PartnerChangeCommand::MaxChangesInPlace) + 50;
    for (int i = 0; i < added; ++i)
        changes.append({3 + i, std::nullopt, partner(u"new%1.com"_qs.arg(i))});
    Partner edited = partner(u"b.com"_qs);
    edited.description = u"edited"_qs;
    changes.append({1, partner(u"b.com"_qs), edited});
    changes.append({0, partner(u"a.com"_qs), std::nullopt});

    int resets = 0;
    int inserted = 0;
    int removed = 0;
    int changed = 0;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { ++inserted; });
    connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { ++removed; });
    connect(&model, &QAbstractItemModel::dataChanged, this, [&] { ++changed; });
    QUndoStack stack;
    stack.push(new PartnerChangeCommand(&model, changes, LocalizedText::verbatim(u"Import"_qs)));
    QCOMPARE(resets, 1);
    QCOMPARE(inserted + removed + changed, 0);
    QCOMPARE(model.rowCount(), 2 + added);
    QCOMPARE(model.partnerAt(0), edited);
    QCOMPARE(model.partnerAt(1).domain, u"c.com"_qs);
    QCOMPARE(model.partnerAt(2 + added - 1).domain, u"new%1.com"_qs.arg(added - 1));
    QCOMPARE(model.partners().indexOfDomain(u"new0.com"_qs), 2);
    QCOMPARE(model.partners().indexOfDomain(u"a.com"_qs), -1);
    QCOMPARE(model.filterTextAt(0), u"b.com\n\nedited"_qs);

    stack.undo();
    QCOMPARE(resets, 2);
    QCOMPARE(model.partners(), three());
    QCOMPARE(model.partners().indexOfDomain(u"a.com"_qs), 0);
    QCOMPARE(model.partners().indexOfDomain(u"new0.com"_qs), -1);
}

QTEST_GUILESS_MAIN(tst_PartnerChangeCommand)
#include "tst_partnerchangecommand.moc"
