#include "editor/partnerdialog.h"
#include "guitesthelpers.h"
#include "partners/partnerlist.h"

#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

class tst_PartnerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newPartnerStartsOnDefaults();
    void createByTyping();
    void errorRowsAreRefusedAndInputKept_data();
    void errorRowsAreRefusedAndInputKept();
    void warningRowCommits();
    void showsAllowedMethodsLive();
    void invalidDomainIsRefusedNextToTheField();
    void duplicateDomainNamesTheOtherPartner();
    void additionalDomainsAddEditRemove();
    void typedButNotAddedDomainIsKept();
    void advancedSettings();
    void editKeepsUnknownFields();
    void everyControlHasAnAccessibleName();
    void tabOrderFollowsTheForm();
    void overLongDescriptionIsRefusedAndKeptWhole();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void commit() { QTest::mouseClick(child<QPushButton>("commitButton"), Qt::LeftButton); }

    PartnerList m_list;
    std::unique_ptr<PartnerDialog> m_dialog;
};

void tst_PartnerDialog::initTestCase()
{
    QVERIFY(startGuiTest(u"tst_partnerdialog"_qs));
}

void tst_PartnerDialog::init()
{
    m_list.clear();
    Partner fabrikam;
    fabrikam.domain = u"fabrikam.com"_qs;
    fabrikam.additionalDomains = {u"corp.fabrikam.com"_qs};
    QVERIFY(m_list.append(fabrikam).isEmpty());
    m_dialog
        = std::make_unique<PartnerDialog>(PartnerDialog::Mode::New, [this](const Partner &partner) {
              return m_list.check(partner, -1);
          });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_PartnerDialog::cleanup()
{
    m_dialog.reset();
}

void tst_PartnerDialog::newPartnerStartsOnDefaults()
{
    QCOMPARE(child<QComboBox>("partnerTypeCombo")->currentText(), u"Public unverified"_qs);
    QCOMPARE(child<QComboBox>("tlsNegotiationCombo")->currentText(), u"Required"_qs);
    QCOMPARE(child<QComboBox>("saslNegotiationCombo")->currentText(), u"Optional"_qs);
    QCOMPARE(child<QComboBox>("dialbackNegotiationCombo")->currentText(), u"True"_qs);
    QCOMPARE(child<QComboBox>("tlsNegotiationCombo")->count(), 3);
    QCOMPARE(child<QComboBox>("dialbackNegotiationCombo")->count(), 2);
    QCOMPARE(child<QPushButton>("commitButton")->text(), u"Commit"_qs);
    QVERIFY(child<QLabel>("primaryDomainLabel")->text().contains(u"required"_qs));
    QCOMPARE(m_dialog->partner(), Partner());
}

void tst_PartnerDialog::createByTyping()
{
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"contoso.com"_qs);
    QTest::keyClicks(child<QLineEdit>("descriptionEdit"), u"Contoso Ltd."_qs);
    QTest::keyClicks(child<QLineEdit>("additionalDomainEdit"), u"eu.contoso.com"_qs);
    QTest::mouseClick(child<QPushButton>("addDomainButton"), Qt::LeftButton);
    QVERIFY(chooseComboItem(child<QComboBox>("partnerTypeCombo"), u"Federated"_qs));
    QVERIFY(chooseComboItem(child<QComboBox>("saslNegotiationCombo"), u"Required"_qs));
    QVERIFY(chooseComboItem(child<QComboBox>("dialbackNegotiationCombo"), u"False"_qs));
    commit();

    QVERIFY2(m_dialog->result() == QDialog::Accepted,
             qPrintable(child<QLabel>("commitMessage")->text()));
    const Partner partner = m_dialog->partner();
    QCOMPARE(partner.domain, u"contoso.com"_qs);
    QCOMPARE(partner.description, u"Contoso Ltd."_qs);
    QCOMPARE(partner.additionalDomains, QStringList {u"eu.contoso.com"_qs});
    QCOMPARE(partner.partnerType, PartnerType::Federated);
    QCOMPARE(partner.tlsNegotiation, Negotiation::Required);
    QCOMPARE(partner.saslNegotiation, Negotiation::Required);
    QCOMPARE(partner.supportDialbackNegotiation, false);
}

void tst_PartnerDialog::errorRowsAreRefusedAndInputKept_data()
{
    QTest::addColumn<QString>("tls");
    QTest::addColumn<QString>("sasl");
    QTest::addColumn<QString>("dialback");
    QTest::addColumn<QString>("message");

    const QString saslRequiresTls
        = u"SASL requires TLS. To use SASL, TLS must be Required or Optional."_qs;
    const QString noMethod = u"SASL or dialback must be enabled."_qs;
    QTest::newRow("row 5") << u"Not supported"_qs << u"Required"_qs << u"True"_qs
                           << saslRequiresTls;
    QTest::newRow("row 6") << u"Not supported"_qs << u"Required"_qs << u"False"_qs
                           << saslRequiresTls;
    QTest::newRow("row 11") << u"Not supported"_qs << u"Optional"_qs << u"True"_qs
                            << saslRequiresTls;
    QTest::newRow("row 12") << u"Not supported"_qs << u"Optional"_qs << u"False"_qs
                            << saslRequiresTls;
    QTest::newRow("row 14") << u"Required"_qs << u"Not supported"_qs << u"False"_qs << noMethod;
    QTest::newRow("row 16") << u"Optional"_qs << u"Not supported"_qs << u"False"_qs << noMethod;
    QTest::newRow("row 18") << u"Not supported"_qs << u"Not supported"_qs << u"False"_qs
                            << noMethod;
}

void tst_PartnerDialog::errorRowsAreRefusedAndInputKept()
{
    QFETCH(QString, tls);
    QFETCH(QString, sasl);
    QFETCH(QString, dialback);
    QFETCH(QString, message);

    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"contoso.com"_qs);
    QTest::keyClicks(child<QLineEdit>("descriptionEdit"), u"typed text"_qs);
    QVERIFY(chooseComboItem(child<QComboBox>("tlsNegotiationCombo"), tls));
    QVERIFY(chooseComboItem(child<QComboBox>("saslNegotiationCombo"), sasl));
    QVERIFY(chooseComboItem(child<QComboBox>("dialbackNegotiationCombo"), dialback));
    // The rule shows before Commit, as the combination is chosen.
    QCOMPARE(child<QLabel>("negotiationMessage")->text(), message);
    commit();

    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel *commitMessage = child<QLabel>("commitMessage");
    QVERIFY(commitMessage->isVisible());
    QCOMPARE(commitMessage->text(), message + u"\nYour changes were not saved."_qs);
    QCOMPARE(child<QLineEdit>("primaryDomainEdit")->text(), u"contoso.com"_qs);
    QCOMPARE(child<QLineEdit>("descriptionEdit")->text(), u"typed text"_qs);
    QCOMPARE(child<QComboBox>("tlsNegotiationCombo")->currentText(), tls);
    QCOMPARE(child<QComboBox>("saslNegotiationCombo")->currentText(), sasl);
    QCOMPARE(child<QComboBox>("dialbackNegotiationCombo")->currentText(), dialback);
}

void tst_PartnerDialog::warningRowCommits()
{
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"litwareinc.com"_qs);
    QVERIFY(chooseComboItem(child<QComboBox>("tlsNegotiationCombo"), u"Optional"_qs));
    QCOMPARE(child<QLabel>("negotiationMessage")->text(),
             u"SASL requires TLS. Leaving TLS optional may make session negotiation fail."_qs);
    QVERIFY(child<QLabel>("negotiationIcon")->isVisible());
    commit();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->partner().tlsNegotiation, Negotiation::Optional);
}

void tst_PartnerDialog::showsAllowedMethodsLive()
{
    QLabel *methods = child<QLabel>("methodsLabel");
    QCOMPARE(methods->text(), u"SASL over TLS, TLS dialback"_qs); // row 7
    QVERIFY(chooseComboItem(child<QComboBox>("tlsNegotiationCombo"), u"Optional"_qs));
    QCOMPARE(methods->text(), u"SASL over TLS, TLS dialback, TCP dialback"_qs); // row 9
    QVERIFY(chooseComboItem(child<QComboBox>("saslNegotiationCombo"), u"Not supported"_qs));
    QVERIFY(chooseComboItem(child<QComboBox>("dialbackNegotiationCombo"), u"False"_qs));
    QCOMPARE(methods->text(), u"No authentication method is possible."_qs); // row 16
}

void tst_PartnerDialog::invalidDomainIsRefusedNextToTheField()
{
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"https://contoso.com"_qs);
    QLabel *domainMessage = child<QLabel>("primaryDomainMessage");
    QVERIFY(domainMessage->isVisible());
    QVERIFY(domainMessage->text().contains(u"scheme “https”"_qs));
    commit();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QLabel>("commitMessage")->text().endsWith(u"Your changes were not saved."_qs));
    QCOMPARE(child<QLineEdit>("primaryDomainEdit")->text(), u"https://contoso.com"_qs);

    // An empty domain: the required field is named.
    child<QLineEdit>("primaryDomainEdit")->clear();
    commit();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(domainMessage->text(), u"The primary domain is required."_qs);
}

void tst_PartnerDialog::duplicateDomainNamesTheOtherPartner()
{
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"CORP.fabrikam.com"_qs);
    commit();
    QVERIFY(m_dialog->isVisible());
    const QString expected
        = u"The domain CORP.fabrikam.com is already used by the partner fabrikam.com."_qs;
    QCOMPARE(child<QLabel>("primaryDomainMessage")->text(), expected);
    QCOMPARE(child<QLabel>("commitMessage")->text(),
             expected + u"\nYour changes were not saved."_qs);
}

void tst_PartnerDialog::additionalDomainsAddEditRemove()
{
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"contoso.com"_qs);
    auto *edit = child<QLineEdit>("additionalDomainEdit");
    auto *list = child<QListWidget>("additionalDomainsList");
    QTest::keyClicks(edit, u"a.contoso.com"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, u"b.contoso.com"_qs);
    QTest::mouseClick(child<QPushButton>("addDomainButton"), Qt::LeftButton);
    QCOMPARE(list->count(), 2);

    // Refused entries stay in the field with the rule shown.
    QTest::keyClicks(edit, u"bad domain.com"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(list->count(), 2);
    QCOMPARE(edit->text(), u"bad domain.com"_qs);
    QVERIFY(child<QLabel>("additionalDomainsMessage")->text().contains(u"space"_qs));
    edit->clear();
    QTest::keyClicks(edit, u"A.contoso.com"_qs);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(list->count(), 2);
    QVERIFY(child<QLabel>("additionalDomainsMessage")->text().contains(u"listed twice"_qs));
    edit->clear();

    // Edit in place, then remove.
    list->setCurrentRow(0);
    QVERIFY(child<QPushButton>("editDomainButton")->isEnabled());
    list->item(0)->setText(u"c.contoso.com"_qs);
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>("removeDomainButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->partner().additionalDomains, QStringList {u"c.contoso.com"_qs});
}

void tst_PartnerDialog::typedButNotAddedDomainIsKept()
{
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"contoso.com"_qs);
    QTest::keyClicks(child<QLineEdit>("additionalDomainEdit"), u"eu.contoso.com"_qs);
    commit();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->partner().additionalDomains, QStringList {u"eu.contoso.com"_qs});
}

void tst_PartnerDialog::advancedSettings()
{
    QVERIFY(!child<QWidget>("advancedPanel")->isVisible());
    QTest::mouseClick(child<QToolButton>("advancedToggle"), Qt::LeftButton);
    QVERIFY(child<QWidget>("advancedPanel")->isVisible());
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"contoso.com"_qs);
    QTest::keyClicks(child<QLineEdit>("proxyFqdnEdit"), u"xmpp.contoso.com:5270"_qs);
    clickCheckBox(child<QCheckBox>("keepAliveCheck"));
    clickCheckBox(child<QCheckBox>("connectionLimitCheck"));
    auto *spin = child<QSpinBox>("connectionLimitSpin");
    QVERIFY(spin->isEnabled());
    spin->selectAll();
    QTest::keyClicks(spin, u"250"_qs);
    commit();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const Partner partner = m_dialog->partner();
    QCOMPARE(partner.proxyFqdn, u"xmpp.contoso.com:5270"_qs);
    QCOMPARE(partner.enableKeepAlive, false);
    QCOMPARE(partner.connectionLimit, 250);
}

void tst_PartnerDialog::editKeepsUnknownFields()
{
    Partner partner;
    partner.domain = u"contoso.com"_qs;
    partner.proxyFqdn = u"edge.contoso.com"_qs;
    partner.unknownFields.insert(u"future"_qs, true);
    m_dialog->setPartner(partner);
    QVERIFY(child<QWidget>("advancedPanel")->isVisible()); // opened: the partner uses it
    QTest::keyClicks(child<QLineEdit>("descriptionEdit"), u"edited"_qs);
    commit();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->partner().unknownFields.value(u"future"_qs).toBool(), true);
    QCOMPARE(m_dialog->partner().description, u"edited"_qs);
}

void tst_PartnerDialog::everyControlHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->focusPolicy() || qobject_cast<QLabel *>(widget)
            || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_qs))
            continue;
        if (qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QToolButton *>(widget)
            && !qobject_cast<QAbstractButton *>(widget)->text().isEmpty()
            && widget->accessibleName().isEmpty())
            continue; // a button's text is its accessible name
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void tst_PartnerDialog::tabOrderFollowsTheForm()
{
    const QStringList expected {u"primaryDomainEdit"_qs, u"descriptionEdit"_qs,
                                u"additionalDomainEdit"_qs};
    QWidget *widget = child<QWidget>("primaryDomainEdit");
    for (qsizetype i = 1; i < expected.size(); ++i) {
        widget = widget->nextInFocusChain();
        while (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled())
            widget = widget->nextInFocusChain();
        QCOMPARE(widget->objectName(), expected.at(i));
    }
    // The dropdowns come in the order of the seed's form.
    QWidget *partnerType = child<QWidget>("partnerTypeCombo");
    QStringList order;
    for (QWidget *w = partnerType; order.size() < 4; w = w->nextInFocusChain()) {
        if (qobject_cast<QComboBox *>(w))
            order.append(w->objectName());
    }
    QCOMPARE(order,
             (QStringList {u"partnerTypeCombo"_qs, u"tlsNegotiationCombo"_qs,
                           u"saslNegotiationCombo"_qs, u"dialbackNegotiationCombo"_qs}));
}

void tst_PartnerDialog::overLongDescriptionIsRefusedAndKeptWhole()
{
    // A megabyte pasted into the description is kept whole (the field does not cut it
    // at the limit); the field says how long it is, and Commit refuses it until the
    // text fits in the cmdlet's 1024 characters.
    QTest::keyClicks(child<QLineEdit>("primaryDomainEdit"), u"contoso.com"_qs);
    auto *description = child<QLineEdit>("descriptionEdit");
    auto *message = child<QLabel>("descriptionMessage");
    QVERIFY(message->isHidden());
    QString megabyte;
    while (megabyte.size() < 1024 * 1024)
        megabyte += u"Contoso, the partner of the week. "_qs;
    megabyte.truncate(1024 * 1024);
    QApplication::clipboard()->setText(megabyte);
    description->setFocus();
    QTest::keySequence(description, QKeySequence::Paste);
    QCOMPARE(description->text().size(), 1024 * 1024);
    const QString reason = u"The description is 1048576 characters long; the limit is 1024."_qs;
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), reason);

    commit();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->result() != QDialog::Accepted);
    QVERIFY(child<QLabel>("commitMessage")->text().startsWith(reason));
    QCOMPARE(description->text(), megabyte); // nothing typed is lost
    QVERIFY(description->hasFocus());

    // Cut to the limit, it commits.
    description->setCursorPosition(Partner::MaxDescriptionLength);
    description->end(true);
    QTest::keyClick(description, Qt::Key_Delete);
    QCOMPARE(description->text().size(), Partner::MaxDescriptionLength);
    QVERIFY(message->isHidden());
    commit();
    QCOMPARE(m_dialog->result(), QDialog::Accepted);
    QCOMPARE(m_dialog->partner().description, megabyte.left(Partner::MaxDescriptionLength));
}

QTEST_MAIN(tst_PartnerDialog)
#include "tst_partnerdialog.moc"
