#include "mainwindow.h"
#include "partnertablemodel.h"

#include <QTableView>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensTheSampleFile();
};

void tst_MainWindow::opensTheSampleFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(XP_SOURCE_DIR "/resources/sample-partners.json")));
    auto *table = window.findChild<QTableView *>(u"partnerTable"_qs);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 8);
    QCOMPARE(table->model()->index(0, PartnerTableModel::DomainColumn).data().toString(),
             u"fabrikam.com"_qs);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
