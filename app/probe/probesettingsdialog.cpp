#include "probe/probesettingsdialog.h"

#include "partners/domainname.h"

#include "ui_probesettingsdialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

ProbeSettingsDialog::ProbeSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ProbeSettingsDialog>())
{
    ui->setupUi(this);
    // The ranges of the settings, as the command line and the saved settings check them.
    ui->stepTimeoutSpin->setRange(ProbeSettings::MinStepTimeoutMs / 1000,
                                  ProbeSettings::MaxStepTimeoutMs / 1000);
    ui->totalBudgetSpin->setRange(ProbeSettings::MinTotalBudgetMs / 1000,
                                  ProbeSettings::MaxTotalBudgetMs / 1000);
    ui->parallelSpin->setRange(ProbeSettings::MinParallelTests, ProbeSettings::MaxParallelTests);
    ui->retestHoursSpin->setRange(ProbeSettings::MinRetestHours, ProbeSettings::MaxRetestHours);
    connect(ui->retestCheck, &QCheckBox::toggled, ui->retestHoursSpin, &QWidget::setEnabled);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ProbeSettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ProbeSettingsDialog::reject);
    const QString pem = tr("Certificates (*.pem *.crt *.cer);;All files (*)");
    connect(ui->caFileBrowseButton, &QPushButton::clicked, this,
            [this, pem] { browse(ui->caFileEdit, tr("Extra CA certificates"), pem); });
    connect(ui->trustAnchorBrowseButton, &QPushButton::clicked, this, [this] {
        browse(ui->trustAnchorEdit, tr("DNSSEC trust anchors"),
               tr("Zone files (*.ds *.key *.zone *.txt);;All files (*)"));
    });
    connect(ui->clientCertificateBrowseButton, &QPushButton::clicked, this, [this] {
        browse(ui->clientCertificateEdit, tr("Client certificate"),
               tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    });
    connect(ui->dialbackCertificateBrowseButton, &QPushButton::clicked, this,
            [this, pem] { browse(ui->dialbackCertificateEdit, tr("Listener certificate"), pem); });
    connect(ui->dialbackKeyBrowseButton, &QPushButton::clicked, this, [this] {
        browse(ui->dialbackKeyEdit, tr("Listener key"), tr("Keys (*.pem *.key);;All files (*)"));
    });
    connect(ui->clientKeyBrowseButton, &QPushButton::clicked, this, [this] {
        browse(ui->clientKeyEdit, tr("Client key"), tr("Keys (*.pem *.key);;All files (*)"));
    });
    setSettings(ProbeSettings());
}

ProbeSettingsDialog::~ProbeSettingsDialog() = default;

void ProbeSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        // Problems on screen were written in the previous language.
        if (m_showingProblems)
            showProblems(problems());
    }
    QDialog::changeEvent(event);
}

void ProbeSettingsDialog::browse(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString path
        = QFileDialog::getOpenFileName(this, title, QFileInfo(edit->text()).absolutePath(), filter);
    if (!path.isEmpty())
        edit->setText(path);
}

void ProbeSettingsDialog::setSettings(const ProbeSettings &settings)
{
    m_base = settings;
    ui->localDomainEdit->setText(settings.localDomain);
    ui->dnsServerEdit->setText(settings.nameserver.toString());
    ui->trustAnchorEdit->setText(settings.trustAnchorFile);
    ui->validateFromRootCheck->setChecked(settings.validateFromRoot);
    ui->caFileEdit->setText(settings.extraCaFile);
    ui->clientCertificateEdit->setText(settings.clientCertificateFile);
    ui->clientKeyEdit->setText(settings.clientKeyFile);
    ui->clientKeyPasswordEdit->setText(QString::fromUtf8(settings.clientKeyPassphrase));
    ui->stepTimeoutSpin->setValue(settings.stepTimeoutMs / 1000);
    ui->totalBudgetSpin->setValue(settings.totalBudgetMs / 1000);
    ui->parallelSpin->setValue(settings.parallelTests);
    ui->retestCheck->setChecked(settings.retestHours > 0);
    ui->retestHoursSpin->setEnabled(settings.retestHours > 0);
    if (settings.retestHours > 0)
        ui->retestHoursSpin->setValue(settings.retestHours);
    ui->fullDialbackGroup->setChecked(settings.fullDialback);
    const bool anyAddress = settings.dialbackListenAddress.isNull()
        || settings.dialbackListenAddress == QHostAddress::Any;
    ui->dialbackAddressEdit->setText(anyAddress ? QString()
                                                : settings.dialbackListenAddress.toString());
    ui->dialbackPortSpin->setValue(settings.dialbackListenPort);
    ui->dialbackCertificateEdit->setText(settings.dialbackCertificateFile);
    ui->dialbackKeyEdit->setText(settings.dialbackKeyFile);
}

ProbeSettings ProbeSettingsDialog::settings() const
{
    ProbeSettings result = m_base;
    result.localDomain = ui->localDomainEdit->text().trimmed();
    result.nameserver = NameserverAddress::parse(ui->dnsServerEdit->text());
    result.trustAnchorFile = ui->trustAnchorEdit->text().trimmed();
    result.validateFromRoot = ui->validateFromRootCheck->isChecked();
    result.extraCaFile = ui->caFileEdit->text().trimmed();
    result.clientCertificateFile = ui->clientCertificateEdit->text().trimmed();
    result.clientKeyFile = ui->clientKeyEdit->text().trimmed();
    result.clientKeyPassphrase = ui->clientKeyPasswordEdit->text().toUtf8();
    result.stepTimeoutMs = ui->stepTimeoutSpin->value() * 1000;
    result.totalBudgetMs = ui->totalBudgetSpin->value() * 1000;
    result.parallelTests = ui->parallelSpin->value();
    result.retestHours = ui->retestCheck->isChecked() ? ui->retestHoursSpin->value() : 0;
    result.fullDialback = ui->fullDialbackGroup->isChecked();
    const QString address = ui->dialbackAddressEdit->text().trimmed();
    result.dialbackListenAddress
        = address.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(address);
    result.dialbackListenPort = quint16(ui->dialbackPortSpin->value());
    result.dialbackCertificateFile = ui->dialbackCertificateEdit->text().trimmed();
    result.dialbackKeyFile = ui->dialbackKeyEdit->text().trimmed();
    return result;
}

void ProbeSettingsDialog::setMessage(const QString &message)
{
    ui->settingsMessage->setText(message);
    ui->settingsMessage->setVisible(!message.isEmpty());
    m_showingProblems = false;
}

void ProbeSettingsDialog::showProblems(const QStringList &problems)
{
    ui->settingsMessage->setStyleSheet(QStringLiteral("color: #c62828;"));
    setMessage(problems.join(u'\n'));
    m_showingProblems = !problems.isEmpty();
}

QStringList ProbeSettingsDialog::problems() const
{
    QStringList problems;
    const QString local = ui->localDomainEdit->text().trimmed();
    if (local.isEmpty()) {
        problems.append(
            tr("The local XMPP domain is required: the test opens its streams from it."));
    } else if (const DomainName::Check check = DomainName::check(local); !check.isValid()) {
        problems.append(tr("Local XMPP domain: %1").arg(check.message));
    }
    QString dnsError;
    bool dnsOk = true;
    NameserverAddress::parse(ui->dnsServerEdit->text(), &dnsError, &dnsOk);
    if (!dnsOk)
        problems.append(tr("DNS server: %1").arg(dnsError));
    for (const QLineEdit *edit :
         {ui->trustAnchorEdit, ui->caFileEdit, ui->clientCertificateEdit, ui->clientKeyEdit}) {
        const QString path = edit->text().trimmed();
        if (!path.isEmpty() && !QFileInfo(path).isFile())
            problems.append(tr("The file %1 does not exist.").arg(path));
    }
    ProbeSettings identity;
    identity.clientCertificateFile = ui->clientCertificateEdit->text().trimmed();
    identity.clientKeyFile = ui->clientKeyEdit->text().trimmed();
    if (!identity.clientCertificateFile.isEmpty() && !identity.hasClientCertificate())
        problems.append(tr("A PEM client certificate needs its key file."));
    const QString listenAddress = ui->dialbackAddressEdit->text().trimmed();
    if (!listenAddress.isEmpty() && QHostAddress(listenAddress).isNull())
        problems.append(tr("The listener address “%1” is not an IP address.").arg(listenAddress));
    for (const QLineEdit *edit : {ui->dialbackCertificateEdit, ui->dialbackKeyEdit}) {
        const QString path = edit->text().trimmed();
        if (!path.isEmpty() && !QFileInfo(path).isFile())
            problems.append(tr("The file %1 does not exist.").arg(path));
    }
    if (ui->dialbackCertificateEdit->text().trimmed().isEmpty()
        != ui->dialbackKeyEdit->text().trimmed().isEmpty())
        problems.append(tr("The listener certificate and its key go together."));
    if (ui->totalBudgetSpin->value() < ui->stepTimeoutSpin->value())
        problems.append(tr("The total budget is shorter than one step's timeout."));
    return problems;
}

void ProbeSettingsDialog::accept()
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        return;
    }
    QDialog::accept();
}
