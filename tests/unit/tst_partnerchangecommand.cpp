#include "partnerchangecommand.h"
#include "partnertablemodel.h"

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

QTEST_GUILESS_MAIN(tst_PartnerChangeCommand)
#include "tst_partnerchangecommand.moc"
