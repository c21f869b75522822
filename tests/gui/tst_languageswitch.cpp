// Language → English / Français: the whole window changes at once, an open editor
// included, with the real compiled catalogues (the application's and Qt's).
#include "cli/commandline.h"
#include "editor/partnerdialog.h"
#include "guitesthelpers.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/partnertablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

namespace {

const QChar Nbsp(0x00a0);

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editorFollowsTheLanguageLive();
    void tableMenusAndStatusFollow();
    void choiceIsRememberedAndCommandLineWins();
    void languageMenuShowsTheCurrentChoice();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    QTableView *table() const { return child<QTableView>(u"partnerTable"_qs); }
    QString header(int column) const
    {
        return table()->model()->headerData(column, Qt::Horizontal).toString();
    }
    int rowOf(const QString &domain) const;

    QTemporaryDir m_dir;
    std::shared_ptr<FakePrompter::State> m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void tst_LanguageSwitch::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_languageswitch"_qs));
}

void tst_LanguageSwitch::init()
{
    clearSettings();
    QVERIFY(Translations::load(u"en"_qs));
    const QString path = m_dir.filePath(u"partners.json"_qs);
    QVERIFY(copySamplePartnerFile(path));
    m_prompts = std::make_shared<FakePrompter::State>();
    m_window = newMainWindow(m_prompts);
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(path));
}

void tst_LanguageSwitch::cleanup()
{
    closeMainWindow(m_window, m_prompts);
}

int tst_LanguageSwitch::rowOf(const QString &domain) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PartnerTableModel::DomainColumn).data().toString() == domain)
            return row;
    }
    return -1;
}

void tst_LanguageSwitch::editorFollowsTheLanguageLive()
{
    // Edit fabrikam.com, switch to French with the editor open, make it refuse Commit in
    // French, switch back to English: the selections and the typed text stay throughout.
    const int row = rowOf(u"fabrikam.com"_qs);
    QVERIFY(row >= 0);
    table()->setFocus();
    table()->selectRow(row);
    bool reached = false;
    whenModal<PartnerDialog>([&](PartnerDialog *dialog) {
        const auto combo = [dialog](const char *name) {
            return dialog->findChild<QComboBox *>(QString::fromLatin1(name));
        };
        const auto label = [dialog](const char *name) {
            return dialog->findChild<QLabel *>(QString::fromLatin1(name));
        };
        const Partner before = dialog->partner();
        auto *description = dialog->findChild<QLineEdit *>(u"descriptionEdit"_qs);
        description->setFocus();
        QTest::keyClick(description, Qt::Key_End);
        QTest::keyClicks(description, u" (typed)"_qs);
        QCOMPARE(label("partnerTypeLabel")->text(), u"Partner type:"_qs);

        m_window->setLanguage(u"fr"_qs);
        processLanguageChange();
        QCOMPARE(dialog->windowTitle(), u"Modifier le partenaire fédéré XMPP"_qs);
        QCOMPARE(label("primaryDomainLabel")->text(),
                 u"Domaine principal (obligatoire)"_qs + Nbsp + u':');
        QCOMPARE(label("additionalDomainsLabel")->text(),
                 u"Domaines supplémentaires"_qs + Nbsp + u':');
        QCOMPARE(label("partnerTypeLabel")->text(), u"Type de partenaire"_qs + Nbsp + u':');
        QCOMPARE(label("tlsNegotiationLabel")->text(), u"Négociation TLS"_qs + Nbsp + u':');
        QCOMPARE(label("saslNegotiationLabel")->text(), u"Négociation SASL"_qs + Nbsp + u':');
        QCOMPARE(label("dialbackNegotiationLabel")->text(),
                 u"Négociation de numérotation (dialback)"_qs + Nbsp + u':');
        QCOMPARE(itemTexts(combo("partnerTypeCombo")),
                 QStringList({u"Fédéré"_qs, u"Public vérifié"_qs, u"Public non vérifié"_qs}));
        QCOMPARE(itemTexts(combo("tlsNegotiationCombo")),
                 QStringList({u"Obligatoire"_qs, u"Facultatif"_qs, u"Non pris en charge"_qs}));
        QCOMPARE(itemTexts(combo("saslNegotiationCombo")),
                 QStringList({u"Obligatoire"_qs, u"Facultatif"_qs, u"Non pris en charge"_qs}));
        QCOMPARE(itemTexts(combo("dialbackNegotiationCombo")),
                 QStringList({u"Vrai"_qs, u"Faux"_qs}));
        QCOMPARE(dialog->findChild<QPushButton *>(u"commitButton"_qs)->text(), u"Valider"_qs);
        // Qt's own catalogue: the standard Cancel button.
        const auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_qs);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Annuler"_qs);
        // The selections and the typed text are the ones from before the switch.
        Partner expected = before;
        expected.description += u" (typed)"_qs;
        QCOMPARE(dialog->partner(), expected);

        // A refused Commit, in French.
        QVERIFY(chooseComboItem(combo("tlsNegotiationCombo"), u"Non pris en charge"_qs));
        QVERIFY(chooseComboItem(combo("saslNegotiationCombo"), u"Obligatoire"_qs));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"commitButton"_qs), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(label("commitMessage")->text(),
                 u"SASL requiert TLS. Pour utiliser SASL, TLS doit être obligatoire ou "
                 "facultatif.\nVos modifications n'ont pas été enregistrées."_qs);

        // And back: the refusal shown is rewritten in English, the form is unchanged.
        m_window->setLanguage(u"en"_qs);
        processLanguageChange();
        QCOMPARE(dialog->windowTitle(), u"Edit XMPP federated partner"_qs);
        QCOMPARE(label("partnerTypeLabel")->text(), u"Partner type:"_qs);
        QCOMPARE(combo("tlsNegotiationCombo")->currentText(), u"Not supported"_qs);
        QCOMPARE(combo("saslNegotiationCombo")->currentText(), u"Required"_qs);
        QCOMPARE(label("commitMessage")->text(),
                 u"SASL requires TLS. To use SASL, TLS must be Required or Optional.\n"
                 "Your changes were not saved."_qs);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Cancel"_qs);
        reached = true;
        dialog->reject();
    });
    child<QAction>(u"actionEdit"_qs)->trigger();
    QVERIFY(reached);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_LanguageSwitch::tableMenusAndStatusFollow()
{
    QCOMPARE(header(PartnerTableModel::DomainColumn), u"Primary domain"_qs);
    const QModelIndex tls
        = table()->model()->index(rowOf(u"fabrikam.com"_qs), PartnerTableModel::TlsColumn);
    const QString tlsEnglish = tls.data().toString();
    QCOMPARE(tlsEnglish, u"Required"_qs);

    // A change made in English: its Undo text follows the language too.
    table()->setFocus();
    table()->selectRow(rowOf(u"treyresearch.net"_qs));
    child<QAction>(u"actionDelete"_qs)->trigger();
    QCOMPARE(child<QAction>(u"actionUndo"_qs)->text(), u"&Undo Delete treyresearch.net"_qs);

    m_window->setLanguage(u"fr"_qs);
    processLanguageChange();
    QCOMPARE(child<QAction>(u"actionUndo"_qs)->text(),
             u"&Annuler la suppression de treyresearch.net"_qs);
    QCOMPARE(QGuiApplication::applicationDisplayName(), u"Partenaires fédérés XMPP"_qs);
    QCOMPARE(header(PartnerTableModel::DomainColumn), u"Domaine principal"_qs);
    QCOMPARE(header(PartnerTableModel::PartnerTypeColumn), u"Type de partenaire"_qs);
    QCOMPARE(header(PartnerTableModel::AdditionalDomainsColumn), u"Domaines supplémentaires"_qs);
    QCOMPARE(
        table()->model()->headerData(PartnerTableModel::TlsColumn, Qt::Horizontal, Qt::ToolTipRole),
        QVariant(u"Négociation TLS"_qs));
    QCOMPARE(tls.data().toString(), u"Obligatoire"_qs);
    const QModelIndex type
        = table()->model()->index(rowOf(u"fabrikam.com"_qs), PartnerTableModel::PartnerTypeColumn);
    QCOMPARE(type.data().toString(), u"Fédéré"_qs);
    QCOMPARE(child<QAction>(u"actionNew"_qs)->text(), u"&Nouveau…"_qs);
    QCOMPARE(child<QAction>(u"actionProbe"_qs)->text(), u"&Tester la connexion"_qs);
    QCOMPARE(child<QAction>(u"actionProbeAll"_qs)->text(), u"Tester t&ous les partenaires"_qs);
    QCOMPARE(child<QComboBox>(u"partnerTypeFilterCombo"_qs)->itemText(0), u"Tous"_qs);
    QCOMPARE(child<QLabel>(u"partnerCountLabel"_qs)->text(),
             u"Affichage"_qs + Nbsp + u": 7 sur 7 partenaires"_qs);
    QVERIFY(m_window->windowTitle().contains(u"partners.json"_qs));
    const QStringList menus = [this] {
        QStringList titles;
        for (QAction *action : m_window->menuBar()->actions())
            titles.append(action->text());
        return titles;
    }();
    QCOMPARE(menus,
             QStringList({u"&Fichier"_qs, u"É&dition"_qs, u"&Partenaire"_qs, u"&Langue"_qs}));

    m_window->setLanguage(u"en"_qs);
    processLanguageChange();
    QCOMPARE(header(PartnerTableModel::DomainColumn), u"Primary domain"_qs);
    QCOMPARE(tls.data().toString(), tlsEnglish);
    QCOMPARE(child<QLabel>(u"partnerCountLabel"_qs)->text(), u"7 of 7 partners shown"_qs);
    QCOMPARE(child<QAction>(u"actionNew"_qs)->text(), u"&New…"_qs);
    QCOMPARE(child<QAction>(u"actionUndo"_qs)->text(), u"&Undo Delete treyresearch.net"_qs);
    QCOMPARE(QGuiApplication::applicationDisplayName(), u"XMPP Federated Partners"_qs);
}

void tst_LanguageSwitch::choiceIsRememberedAndCommandLineWins()
{
    QCOMPARE(LanguagePreference::saved(), QString());
    m_window->setLanguage(u"fr"_qs);
    QCOMPARE(LanguagePreference::saved(), u"fr"_qs);
    QCOMPARE(LanguagePreference::resolve(QString()), u"fr"_qs);
    QCOMPARE(LanguagePreference::resolve(u"en"_qs), u"en"_qs);
    const auto language = [](const QStringList &arguments) {
        return CommandLine::parse(arguments).options.language;
    };
    QCOMPARE(language({u"xmpp-partners"_qs, u"--lang"_qs, u"en"_qs}), u"en"_qs);
    QCOMPARE(language({u"xmpp-partners"_qs, u"--lang=fr"_qs}), u"fr"_qs);
    QCOMPARE(language({u"xmpp-partners"_qs, u"--"_qs, u"--lang=fr"_qs}), QString());
    m_window->setLanguage(u"en"_qs);
    QCOMPARE(LanguagePreference::saved(), u"en"_qs);
    // A value that is not a language is never remembered as one.
    QSettings().setValue(u"language"_qs, u"xx"_qs);
    QCOMPARE(LanguagePreference::saved(), QString());
    QCOMPARE(LanguagePreference::resolve(QString()), LanguagePreference::system());
}

void tst_LanguageSwitch::languageMenuShowsTheCurrentChoice()
{
    auto *english = child<QAction>(u"actionEnglish"_qs);
    auto *french = child<QAction>(u"actionFrench"_qs);
    QVERIFY(english->isEnabled() && french->isEnabled());
    QVERIFY(english->isChecked() && !french->isChecked());
    french->trigger();
    processLanguageChange();
    QCOMPARE(Translations::currentLanguage(), u"fr"_qs);
    QVERIFY(french->isChecked() && !english->isChecked());
    // Each language keeps its own name.
    QCOMPARE(english->text(), u"&English"_qs);
    QCOMPARE(french->text(), u"&Français"_qs);
    QCOMPARE(english->toolTip(), u"Afficher l'interface en anglais"_qs);
    english->trigger();
    processLanguageChange();
    QCOMPARE(Translations::currentLanguage(), u"en"_qs);
    QVERIFY(english->isChecked() && !french->isChecked());
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
