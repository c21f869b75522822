#include "editor/partnerdialog.h"
#include "file/partnerstore.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSampleFile();
    void brokenFileIsRefusedAndCurrentListKept();
    void filterAndPartnerTypeFilter();
    void sortsByEveryColumn();
    void createPartnerThroughTheEditor();
    void errorRowIsRefusedInTheEditor();
    void duplicateDomainIsRefusedInTheEditor();
    void editAndDuplicate();
    void inlineEditThroughTheDelegate();
    void inlineEditThatBreaksARuleIsRefused();
    void deleteAsksNamingTheDomain();
    void undoAndRedo();
    void saveReopenAndCompare();
    void exportsPowerShellForTheSelectionOrAll();
    void secondWindowOpensReadOnlyAndNamesTheHolder();
    void failedSaveKeepsTheList();
    void unsavedChangesQuestion();
    void keyboard();
    void remembersSortAndLastFile();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *object = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!object)
            qFatal("no child %s", name);
        return object;
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    QTableView *table() const { return child<QTableView>("partnerTable"); }
    // Opens the inline editor of `index` once the window is the active one: an inline editor
    // commits and closes when it loses the focus, which a window activated late (under
    // load) would take from it.
    // How long an inline edit may take to reach the model on a loaded machine: a bound, so
    // that a broken commit fails instead of hanging, not a measure.
    static constexpr int InlineCommitTimeoutMs = 20000;
    bool editInline(const QModelIndex &index)
    {
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        table()->setFocus();
        table()->setCurrentIndex(index);
        table()->edit(index);
        return true;
    }
    int rowOf(const QString &domain) const;
    int sourceRow(int proxyRow) const
    {
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table()->model());
        return proxy->mapToSource(proxy->index(proxyRow, 0)).row();
    }
    void selectDomain(const QString &domain);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_mainwindow"_qs));
}

void tst_MainWindow::init()
{
    clearSettings();
    m_path = m_dir.filePath(u"partners.json"_qs);
    QFile::remove(m_path + u".bak"_qs);
    QVERIFY(copySamplePartnerFile(m_path));
    m_prompts = std::make_shared<FakePrompter::State>();
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(m_path));
}

void tst_MainWindow::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

int tst_MainWindow::rowOf(const QString &domain) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PartnerTableModel::DomainColumn).data().toString() == domain)
            return row;
    }
    return -1;
}

void tst_MainWindow::selectDomain(const QString &domain)
{
    const int row = rowOf(domain);
    QVERIFY(row >= 0);
    table()->setFocus();
    table()->setCurrentIndex(table()->model()->index(row, 0));
    table()->selectRow(row);
}

void tst_MainWindow::opensTheSampleFile()
{
    QCOMPARE(table()->model()->rowCount(), 8);
    QVERIFY(rowOf(u"fabrikam.com"_qs) >= 0);
    QCOMPARE(child<QLabel>("partnerCountLabel")->text(), u"8 of 8 partners shown"_qs);
    QCOMPARE(child<QLabel>("filePathLabel")->text(), m_path);
    QVERIFY(m_window->windowTitle().startsWith(u"partners.json"_qs));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->isReadOnly());
    // The warning row shows the warning icon with the message as tooltip.
    const QModelIndex litware = table()->model()->index(rowOf(u"litwareinc.com"_qs), 0);
    QVERIFY(!litware.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(litware.data(Qt::ToolTipRole).toString(),
             u"SASL requires TLS. Leaving TLS optional may make session negotiation fail."_qs);
}

void tst_MainWindow::brokenFileIsRefusedAndCurrentListKept()
{
    const QString broken = m_dir.filePath(u"broken.json"_qs);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "xmpp-partners", "version": 1, "partners": [{"domain": "a b"}]})");
    file.close();
    QVERIFY(!m_window->openFile(broken));
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(broken + u": entry 1 (a b): "_qs));
    QCOMPARE(m_window->filePath(), m_path);
    QCOMPARE(table()->model()->rowCount(), 8);
}

void tst_MainWindow::filterAndPartnerTypeFilter()
{
    auto *filter = child<QLineEdit>("filterEdit");
    QTest::keyClicks(filter, u"wingtip"_qs);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(child<QLabel>("partnerCountLabel")->text(), u"1 of 8 partners shown"_qs);
    filter->clear();
    QTest::keyClicks(filter, u"IT.FABRIKAM"_qs); // an additional domain, any case
    QCOMPARE(table()->model()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, u"Trey Research"_qs); // the description
    QCOMPARE(table()->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(table()->model()->rowCount(), 8);

    auto *type = child<QComboBox>("partnerTypeFilterCombo");
    QCOMPARE(type->itemText(0), u"All"_qs);
    QVERIFY(chooseComboItem(type, u"Federated"_qs));
    QCOMPARE(table()->model()->rowCount(), 3);
    QVERIFY(chooseComboItem(type, u"Public unverified"_qs));
    QCOMPARE(table()->model()->rowCount(), 2);
    QTest::keyClicks(filter, u"tailspin"_qs);
    QCOMPARE(table()->model()->rowCount(), 1);
}

void tst_MainWindow::sortsByEveryColumn()
{
    QHeaderView *header = table()->horizontalHeader();
    const QAbstractItemModel *model = table()->model();
    for (int column = 0; column < PartnerTableModel::LastProbeColumn; ++column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, 5));
        QCOMPARE(header->sortIndicatorSection(), column);
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        for (int row = 1; row < model->rowCount(); ++row) {
            const int a = sourceRow(row - 1);
            const int b = sourceRow(row);
            QVERIFY2(!(ascending ? m_window->model()->lessThan(b, a, column)
                                 : m_window->model()->lessThan(a, b, column)),
                     qPrintable(u"column %1 row %2"_qs.arg(column).arg(row)));
        }
    }
    // Locale order: the accented French domain sorts among the s, not after z.
    table()->sortByColumn(PartnerTableModel::DomainColumn, Qt::AscendingOrder);
    QVERIFY(rowOf(u"société-exemple.fr"_qs) < rowOf(u"tailspintoys.com"_qs));
}

void tst_MainWindow::createPartnerThroughTheEditor()
{
    whenModal<PartnerDialog>([](PartnerDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs),
                         u"northwind.example.com"_qs);
        chooseComboItem(dialog->findChild<QComboBox *>(u"partnerTypeCombo"_qs), u"Federated"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"commitButton"_qs), Qt::LeftButton);
    });
    action("actionNew")->trigger();
    QCOMPARE(table()->model()->rowCount(), 9);
    const int row = rowOf(u"northwind.example.com"_qs);
    QVERIFY(row >= 0);
    QCOMPARE(table()->model()->index(row, PartnerTableModel::PartnerTypeColumn).data().toString(),
             u"Federated"_qs);
    QCOMPARE(table()->currentIndex().row(), row);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void tst_MainWindow::errorRowIsRefusedInTheEditor()
{
    bool checked = false;
    whenModal<PartnerDialog>([&checked](PartnerDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs),
                         u"x.example.com"_qs);
        chooseComboItem(dialog->findChild<QComboBox *>(u"tlsNegotiationCombo"_qs),
                        u"Not supported"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"commitButton"_qs), Qt::LeftButton);
        checked = dialog->isVisible()
            && dialog->findChild<QLabel *>(u"commitMessage"_qs)->text()
                == u"SASL requires TLS. To use SASL, TLS must be Required or Optional.\n"
                   "Your changes were not saved."_qs
            && dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs)->text()
                == u"x.example.com"_qs;
        dialog->reject();
    });
    action("actionNew")->trigger();
    QVERIFY(checked);
    QCOMPARE(table()->model()->rowCount(), 8);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_MainWindow::duplicateDomainIsRefusedInTheEditor()
{
    QString message;
    whenModal<PartnerDialog>([&message](PartnerDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs),
                         u"Fabrikam.COM"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"commitButton"_qs), Qt::LeftButton);
        message = dialog->findChild<QLabel *>(u"primaryDomainMessage"_qs)->text();
        dialog->reject();
    });
    action("actionNew")->trigger();
    QCOMPARE(message,
             u"The domain Fabrikam.COM is already the primary domain of another partner."_qs);
    QCOMPARE(table()->model()->rowCount(), 8);
}

void tst_MainWindow::editAndDuplicate()
{
    selectDomain(u"adatum.com"_qs);
    whenModal<PartnerDialog>([](PartnerDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs)->text(), u"adatum.com"_qs);
        auto *description = dialog->findChild<QLineEdit *>(u"descriptionEdit"_qs);
        description->selectAll();
        QTest::keyClicks(description, u"Edited description"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"commitButton"_qs), Qt::LeftButton);
    });
    action("actionEdit")->trigger();
    const int row = rowOf(u"adatum.com"_qs);
    QCOMPARE(table()->model()->index(row, PartnerTableModel::DescriptionColumn).data().toString(),
             u"Edited description"_qs);

    selectDomain(u"adatum.com"_qs);
    whenModal<PartnerDialog>([](PartnerDialog *dialog) {
        QVERIFY(dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs)->text().isEmpty());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"descriptionEdit"_qs)->text(),
                 u"Edited description"_qs);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs),
                         u"adatum2.com"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"commitButton"_qs), Qt::LeftButton);
    });
    action("actionDuplicate")->trigger();
    const int copy = rowOf(u"adatum2.com"_qs);
    QVERIFY(copy >= 0);
    QCOMPARE(table()->model()->index(copy, PartnerTableModel::TlsColumn).data().toString(),
             u"Required"_qs);
    QCOMPARE(table()->model()->index(copy, PartnerTableModel::SaslColumn).data().toString(),
             u"Not supported"_qs);
    QCOMPARE(m_window->undoStack()->count(), 2);
}

void tst_MainWindow::inlineEditThroughTheDelegate()
{
    const int row = rowOf(u"fabrikam.com"_qs);
    const QModelIndex index = table()->model()->index(row, PartnerTableModel::DialbackColumn);
    QVERIFY(editInline(index));
    QPointer<QComboBox> combo = table()->viewport()->findChild<QComboBox *>(u"inlineCombo"_qs);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"True"_qs);
    QVERIFY(chooseComboItem(combo, u"False"_qs));
    QVERIFY2(combo && combo->isVisible(), "the inline editor closed before Enter");
    QTest::keyClick(combo, Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(
        table()
            ->model()
            ->index(rowOf(u"fabrikam.com"_qs), PartnerTableModel::DialbackColumn)
            .data()
            .toString(),
        u"False"_qs, InlineCommitTimeoutMs);
    QCOMPARE(m_window->undoStack()->count(), 1);

    // A text column through its line edit.
    const QModelIndex description
        = table()->model()->index(rowOf(u"fabrikam.com"_qs), PartnerTableModel::DescriptionColumn);
    QVERIFY(editInline(description));
    auto *line = table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"Inline description"_qs);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(description.data().toString(), u"Inline description"_qs,
                              InlineCommitTimeoutMs);
    QCOMPARE(m_window->undoStack()->count(), 2);
    QVERIFY(m_prompts->errors.isEmpty());
}

void tst_MainWindow::inlineEditThatBreaksARuleIsRefused()
{
    // fabrikam.com is TLS Required / SASL Optional: TLS Not supported is row 11.
    const int row = rowOf(u"fabrikam.com"_qs);
    const QModelIndex tls = table()->model()->index(row, PartnerTableModel::TlsColumn);
    QVERIFY(editInline(tls));
    QPointer<QComboBox> combo = table()->viewport()->findChild<QComboBox *>(u"inlineCombo"_qs);
    QVERIFY(combo);
    QVERIFY(chooseComboItem(combo, u"Not supported"_qs));
    QVERIFY2(combo && combo->isVisible(), "the inline editor closed before Enter");
    QTest::keyClick(combo, Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts->errors.size(), 1, InlineCommitTimeoutMs);
    QCOMPARE(m_prompts->errors.first(),
             u"SASL requires TLS. To use SASL, TLS must be Required or Optional.\n"
             "Your changes were not saved."_qs);
    QCOMPARE(tls.data().toString(), u"Required"_qs);
    QCOMPARE(m_window->undoStack()->count(), 0);

    // A bad domain typed inline.
    const QModelIndex domain = table()->model()->index(rowOf(u"fabrikam.com"_qs), 0);
    QVERIFY(editInline(domain));
    auto *line = table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"contoso.com"_qs); // another partner's domain
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts->errors.size(), 2, InlineCommitTimeoutMs);
    QVERIFY(m_prompts->errors.last().startsWith(
        u"The domain contoso.com is already the primary domain of another partner."_qs));
    QVERIFY(rowOf(u"fabrikam.com"_qs) >= 0);
}

void tst_MainWindow::deleteAsksNamingTheDomain()
{
    selectDomain(u"treyresearch.net"_qs);
    m_prompts->confirmAnswer = false;
    action("actionDelete")->trigger();
    QCOMPARE(m_prompts->confirmations.size(), 1);
    QVERIFY(m_prompts->confirmations.first().contains(u"treyresearch.net"_qs));
    QCOMPARE(table()->model()->rowCount(), 8);

    m_prompts->confirmAnswer = true;
    action("actionDelete")->trigger();
    QCOMPARE(table()->model()->rowCount(), 7);
    QCOMPARE(rowOf(u"treyresearch.net"_qs), -1);
}

void tst_MainWindow::undoAndRedo()
{
    const PartnerList original = m_window->model()->partners();
    selectDomain(u"treyresearch.net"_qs);
    action("actionDelete")->trigger();
    QCOMPARE(table()->model()->rowCount(), 7);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(action("actionUndo")->isEnabled());
    QCOMPARE(action("actionUndo")->text(), u"&Undo Delete treyresearch.net"_qs);

    action("actionUndo")->trigger();
    QCOMPARE(m_window->model()->partners(), original);
    QVERIFY(!m_window->isWindowModified()); // back to the saved state
    QVERIFY(action("actionRedo")->isEnabled());

    action("actionRedo")->trigger();
    QCOMPARE(table()->model()->rowCount(), 7);
    QCOMPARE(rowOf(u"treyresearch.net"_qs), -1);
    QVERIFY(m_window->isWindowModified());
}

void tst_MainWindow::saveReopenAndCompare()
{
    selectDomain(u"treyresearch.net"_qs);
    action("actionDelete")->trigger();
    QVERIFY(m_window->isWindowModified());
    action("actionSave")->trigger();
    QVERIFY(m_prompts->errors.isEmpty());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(QFile::exists(m_path + u".bak"_qs));

    const PartnerStore::LoadResult loaded = PartnerStore(m_path).load();
    QVERIFY2(loaded.isOk(), qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.document.partners, m_window->model()->partners());
    QCOMPARE(loaded.document.partners.size(), 7);

    // Reopening gives the same list.
    const PartnerList before = m_window->model()->partners();
    QVERIFY(m_window->openFile(m_path));
    QCOMPARE(m_window->model()->partners(), before);
}

void tst_MainWindow::secondWindowOpensReadOnlyAndNamesTheHolder()
{
    auto prompts = std::make_shared<FakePrompter::State>();
    const std::unique_ptr<MainWindow> second = newMainWindow(prompts, false);
    QVERIFY(second->openFile(m_path));
    QVERIFY(second->isReadOnly());
    QCOMPARE(prompts->errors.size(), 1);
    QVERIFY(prompts->errors.first().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(second->windowTitle().contains(u"read-only"_qs));
    QVERIFY(!second->findChild<QAction *>(u"actionSave"_qs)->isEnabled());
}

void tst_MainWindow::failedSaveKeepsTheList()
{
    selectDomain(u"treyresearch.net"_qs);
    action("actionDelete")->trigger();
    m_prompts->savePath = m_dir.filePath(u"no/such/folder/partners.json"_qs);
    QVERIFY(!m_window->saveAs());
    QCOMPARE(m_prompts->errors.size(), 1);
    QVERIFY(m_prompts->errors.first().contains(u"no/such/folder"_qs));
    QCOMPARE(table()->model()->rowCount(), 7);
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->filePath(), m_path);
    QCOMPARE(PartnerStore(m_path).load().document.partners.size(), 8);
}

void tst_MainWindow::unsavedChangesQuestion()
{
    selectDomain(u"treyresearch.net"_qs);
    action("actionDelete")->trigger();

    m_prompts->saveAnswer = FakePrompter::SaveAnswer::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_prompts->saveQuestions.size(), 1);
    QVERIFY(m_prompts->saveQuestions.first().contains(u"partners.json"_qs));

    // Opening another file asks too; Cancel keeps everything.
    QVERIFY(
        !m_window->openFile(QStringLiteral(XP_SOURCE_DIR "/resources/sample-partners.json"), true));
    QCOMPARE(table()->model()->rowCount(), 7);

    m_prompts->saveAnswer = FakePrompter::SaveAnswer::Save;
    QVERIFY(m_window->close());
    QCOMPARE(PartnerStore(m_path).load().document.partners.size(), 7);
}

void tst_MainWindow::keyboard()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(child<QLineEdit>("filterEdit")->hasFocus());
    // Delete typed in the filter box edits the text, it does not delete a partner.
    QTest::keyClicks(child<QLineEdit>("filterEdit"), u"trey"_qs);
    QTest::keyClick(child<QLineEdit>("filterEdit"), Qt::Key_Home);
    QTest::keyClick(child<QLineEdit>("filterEdit"), Qt::Key_Delete);
    QCOMPARE(child<QLineEdit>("filterEdit")->text(), u"rey"_qs);
    QVERIFY(m_prompts->confirmations.isEmpty());
    child<QLineEdit>("filterEdit")->clear();

    selectDomain(u"treyresearch.net"_qs);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(m_prompts->confirmations.size(), 1);
    QCOMPARE(rowOf(u"treyresearch.net"_qs), -1);

    selectDomain(u"adatum.com"_qs);
    bool opened = false;
    whenModal<PartnerDialog>([&opened](PartnerDialog *dialog) {
        opened
            = dialog->findChild<QLineEdit *>(u"primaryDomainEdit"_qs)->text() == u"adatum.com"_qs;
        dialog->reject();
    });
    QVERIFY(action("actionEdit")->isEnabled());
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(opened);
}

void tst_MainWindow::remembersSortAndLastFile()
{
    table()->sortByColumn(PartnerTableModel::TlsColumn, Qt::DescendingOrder);
    m_window->close();
    m_window.reset();
    QCOMPARE(QSettings().value(u"lastFile"_qs).toString(), m_path);

    MainWindow again;
    auto *header = again.findChild<QTableView *>(u"partnerTable"_qs)->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(PartnerTableModel::TlsColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_MainWindow::exportsPowerShellForTheSelectionOrAll()
{
    const auto exported = [this](const char *actionName) {
        QFile::remove(m_prompts->savePath);
        action(actionName)->trigger();
        QFile file(m_prompts->savePath);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        // PowerShell 5.1 needs the byte order mark to read UTF-8.
        return bytes.startsWith("\xEF\xBB\xBF") ? QString::fromUtf8(bytes.mid(3)) : QString();
    };
    // One row selected (the current one): every partner, filters or not.
    m_prompts->savePath = m_dir.filePath(u"all.ps1"_qs);
    selectDomain(u"treyresearch.net"_qs);
    m_window->findChild<QLineEdit *>(u"filterEdit"_qs)->setText(u"fabrikam"_qs);
    QString script = exported("actionExportPowerShell");
    QCOMPARE(script.count(u"New-CsXmppAllowedPartner -Identity"_qs), 8);
    QVERIFY(script.contains(u"-Identity 'société-exemple.fr'"_qs));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Exported 8 partners"_qs));
    m_window->findChild<QLineEdit *>(u"filterEdit"_qs)->clear();

    // Two rows selected: those two, in table order; the update variant.
    m_prompts->savePath = m_dir.filePath(u"two.ps1"_qs);
    table()->clearSelection();
    table()->selectionModel()->select(table()->model()->index(rowOf(u"treyresearch.net"_qs), 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table()->selectionModel()->select(table()->model()->index(rowOf(u"adatum.com"_qs), 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    script = exported("actionExportPowerShellUpdate");
    QCOMPARE(script.count(u"Set-CsXmppAllowedPartner -Identity"_qs), 2);
    QCOMPARE(script.count(u"New-CsXmppAllowedPartner -Identity"_qs), 2);
    QVERIFY(script.indexOf(u"'adatum.com'"_qs) < script.indexOf(u"'treyresearch.net'"_qs));

    // Cancelled: nothing written, nothing said.
    m_prompts->savePath.clear();
    action("actionExportPowerShell")->trigger();
    QVERIFY(m_prompts->errors.isEmpty());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
