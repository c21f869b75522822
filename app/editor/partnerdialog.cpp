#include "editor/partnerdialog.h"

#include "models/statusicons.h"
#include "partners/domainname.h"
#include "partners/negotiationpolicy.h"
#include "partners/partnervalidator.h"

#include "ui_partnerdialog.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>
#include <QShowEvent>

#include <limits>

using Field = ValidationIssue::Field;

namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString joinMessages(const ValidationIssues &issues, Field field)
{
    QStringList messages;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field)
            messages.append(issue.message);
    }
    return messages.join(u'\n');
}

bool hasErrorIn(const ValidationIssues &issues, Field field)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field && issue.isError())
            return true;
    }
    return false;
}

} // namespace

PartnerDialog::PartnerDialog(Mode mode, Checker checker, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PartnerDialog>())
    , m_mode(mode)
    , m_checker(std::move(checker))
{
    ui->setupUi(this);
    // Commit is not a standard button: QDialogButtonBox would turn its text back into
    // "OK" on every language change.
    m_commitButton = ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_commitButton->setObjectName(QStringLiteral("commitButton"));
    m_commitButton->setDefault(true);
    ui->addDomainButton->setAutoDefault(false);
    ui->editDomainButton->setAutoDefault(false);
    ui->removeDomainButton->setAutoDefault(false);
    // The list of additional domains keeps a steady height of about four entries, and
    // the dialog takes the size of its contents, growing when Advanced opens.
    ui->additionalDomainsList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    ui->additionalDomainsList->setFixedHeight(ui->additionalDomainsList->fontMetrics().height() * 5
                                              + 2 * ui->additionalDomainsList->frameWidth() + 8);
    ui->dialogLayout->insertStretch(ui->dialogLayout->indexOf(ui->commitMessage), 1);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &PartnerDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &PartnerDialog::reject);
    fillCombos();
    retranslate();

    const auto comboChanged = QOverload<int>::of(&QComboBox::currentIndexChanged);
    connect(ui->tlsNegotiationCombo, comboChanged, this, &PartnerDialog::updateNegotiation);
    connect(ui->saslNegotiationCombo, comboChanged, this, &PartnerDialog::updateNegotiation);
    connect(ui->dialbackNegotiationCombo, comboChanged, this, &PartnerDialog::updateNegotiation);
    connect(ui->partnerTypeCombo, comboChanged, this, [this] {
        ui->partnerTypeCombo->setToolTip(
            ui->partnerTypeCombo->currentData(Qt::ToolTipRole).toString());
    });
    connect(ui->primaryDomainEdit, &QLineEdit::textChanged, this,
            &PartnerDialog::updatePrimaryDomainMessage);
    // No cut at the cmdlet's limit: a longer text (pasted, or from a file) stays whole
    // for the user to shorten, and the message below the field says by how much it is
    // over; Commit refuses it until then.
    ui->descriptionEdit->setMaxLength(std::numeric_limits<int>::max());
    connect(ui->descriptionEdit, &QLineEdit::textChanged, this,
            &PartnerDialog::updateDescriptionMessage);
    connect(ui->addDomainButton, &QPushButton::clicked, this, &PartnerDialog::addTypedDomain);
    // Return in the "add" field adds the domain instead of committing the dialog.
    ui->additionalDomainEdit->installEventFilter(this);
    connect(ui->additionalDomainEdit, &QLineEdit::textChanged, this,
            &PartnerDialog::updateDomainButtons);
    connect(ui->editDomainButton, &QPushButton::clicked, this, &PartnerDialog::editSelectedDomain);
    connect(ui->removeDomainButton, &QPushButton::clicked, this,
            &PartnerDialog::removeSelectedDomain);
    connect(ui->additionalDomainsList, &QListWidget::itemSelectionChanged, this,
            &PartnerDialog::updateDomainButtons);
    connect(ui->additionalDomainsList, &QListWidget::itemChanged, this,
            &PartnerDialog::onDomainItemChanged);
    connect(ui->connectionLimitCheck, &QCheckBox::toggled, ui->connectionLimitSpin,
            &QWidget::setEnabled);
    connect(ui->advancedToggle, &QToolButton::toggled, this, &PartnerDialog::setAdvancedVisible);
    connect(ui->proxyFqdnEdit, &QLineEdit::textChanged, this, &PartnerDialog::validateProxyFqdn);

    setPartner(Partner());
}

PartnerDialog::~PartnerDialog() = default;

void PartnerDialog::fillCombos()
{
    for (const PartnerType type : AllPartnerTypes)
        ui->partnerTypeCombo->addItem(QString(), static_cast<int>(type));
    for (QComboBox *combo : {ui->tlsNegotiationCombo, ui->saslNegotiationCombo}) {
        for (const Negotiation negotiation : AllNegotiations)
            combo->addItem(QString(), static_cast<int>(negotiation));
    }
    ui->dialbackNegotiationCombo->addItem(QString(), true);
    ui->dialbackNegotiationCombo->addItem(QString(), false);
}

void PartnerDialog::retranslate()
{
    switch (m_mode) {
    case Mode::New:
        setWindowTitle(tr("New XMPP federated partner"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit XMPP federated partner"));
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate XMPP federated partner"));
        break;
    }
    m_commitButton->setText(tr("Commit"));
    for (int i = 0; i < ui->partnerTypeCombo->count(); ++i) {
        const auto type = static_cast<PartnerType>(ui->partnerTypeCombo->itemData(i).toInt());
        ui->partnerTypeCombo->setItemText(i, displayName(type));
        ui->partnerTypeCombo->setItemData(i, partnerTypeDescription(type), Qt::ToolTipRole);
    }
    ui->partnerTypeCombo->setToolTip(ui->partnerTypeCombo->currentData(Qt::ToolTipRole).toString());
    for (QComboBox *combo : {ui->tlsNegotiationCombo, ui->saslNegotiationCombo}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i,
                               displayName(static_cast<Negotiation>(combo->itemData(i).toInt())));
    }
    for (int i = 0; i < ui->dialbackNegotiationCombo->count(); ++i) {
        ui->dialbackNegotiationCombo->setItemText(
            i, dialbackDisplayName(ui->dialbackNegotiationCombo->itemData(i).toBool()));
    }
    updateNegotiation();
    updatePrimaryDomainMessage();
    updateDescriptionMessage();
    refreshMessages();
    alignAdvancedLabels();
}

void PartnerDialog::alignAdvancedLabels()
{
    // The advanced settings have a form of their own: line their labels up with the
    // main form's, whatever the language makes those widths.
    int width = 0;
    for (const QLabel *label :
         {ui->primaryDomainLabel, ui->descriptionLabel, ui->additionalDomainsLabel,
          ui->partnerTypeLabel, ui->tlsNegotiationLabel, ui->saslNegotiationLabel,
          ui->dialbackNegotiationLabel, ui->methodsTitleLabel})
        width = qMax(width, label->sizeHint().width());
    const int indent = ui->advancedLayout->contentsMargins().left();
    for (QLabel *label : {ui->proxyFqdnLabel, ui->keepAliveLabel, ui->connectionLimitLabel}) {
        label->setMinimumWidth(width - indent);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

bool PartnerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->additionalDomainEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !ui->additionalDomainEdit->text().trimmed().isEmpty()) {
            addTypedDomain();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PartnerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PartnerDialog::setPartner(const Partner &partner)
{
    m_base = partner;
    ui->primaryDomainEdit->setText(partner.domain);
    ui->descriptionEdit->setText(partner.description);
    ui->descriptionEdit->setCursorPosition(0); // show the start of a long description
    updateDescriptionMessage();
    ui->additionalDomainsList->clear();
    for (const QString &domain : partner.additionalDomains) {
        auto *item = new QListWidgetItem(domain, ui->additionalDomainsList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    ui->additionalDomainEdit->clear();
    selectData(ui->partnerTypeCombo, static_cast<int>(partner.partnerType));
    selectData(ui->tlsNegotiationCombo, static_cast<int>(partner.tlsNegotiation));
    selectData(ui->saslNegotiationCombo, static_cast<int>(partner.saslNegotiation));
    selectData(ui->dialbackNegotiationCombo, partner.supportDialbackNegotiation);
    ui->proxyFqdnEdit->setText(partner.proxyFqdn);
    ui->keepAliveCheck->setChecked(partner.enableKeepAlive);
    ui->connectionLimitCheck->setChecked(partner.connectionLimit.has_value());
    ui->connectionLimitSpin->setEnabled(partner.connectionLimit.has_value());
    if (partner.connectionLimit)
        ui->connectionLimitSpin->setValue(*partner.connectionLimit);
    // Advanced settings open by themselves when a partner uses them.
    const bool advanced = !partner.proxyFqdn.isEmpty() || !partner.enableKeepAlive
        || partner.connectionLimit.has_value();
    ui->advancedToggle->setChecked(advanced);
    setAdvancedVisible(advanced);
    showMessage(ui->commitMessage, {}, true);
    showMessage(ui->additionalDomainsMessage, {}, true);
    updateNegotiation();
    updateDomainButtons();
}

Partner PartnerDialog::partner() const
{
    Partner result = m_base;
    result.domain = ui->primaryDomainEdit->text().trimmed();
    result.description = ui->descriptionEdit->text();
    result.additionalDomains.clear();
    for (int i = 0; i < ui->additionalDomainsList->count(); ++i)
        result.additionalDomains.append(ui->additionalDomainsList->item(i)->text().trimmed());
    result.partnerType = static_cast<PartnerType>(ui->partnerTypeCombo->currentData().toInt());
    result.tlsNegotiation
        = static_cast<Negotiation>(ui->tlsNegotiationCombo->currentData().toInt());
    result.saslNegotiation
        = static_cast<Negotiation>(ui->saslNegotiationCombo->currentData().toInt());
    result.supportDialbackNegotiation = ui->dialbackNegotiationCombo->currentData().toBool();
    result.proxyFqdn = ui->proxyFqdnEdit->text().trimmed();
    result.enableKeepAlive = ui->keepAliveCheck->isChecked();
    result.connectionLimit = ui->connectionLimitCheck->isChecked()
        ? std::optional<int>(ui->connectionLimitSpin->value())
        : std::nullopt;
    return result;
}

void PartnerDialog::updateNegotiation()
{
    if (ui->tlsNegotiationCombo->currentIndex() < 0 || ui->saslNegotiationCombo->currentIndex() < 0
        || ui->dialbackNegotiationCombo->currentIndex() < 0)
        return;
    const NegotiationPolicy policy = NegotiationPolicy::forPartner(partner());
    const QStringList methods = NegotiationPolicy::methodNames(policy.allowedMethods());
    ui->methodsLabel->setText(methods.isEmpty() ? tr("No authentication method is possible.")
                                                : methods.join(QStringLiteral(", ")));
    const bool error = policy.verdict() == NegotiationPolicy::SettingsVerdict::Error;
    const bool warning = policy.verdict() == NegotiationPolicy::SettingsVerdict::Warning;
    ui->negotiationMessage->setText(policy.message());
    ui->negotiationMessage->setVisible(!policy.message().isEmpty());
    ui->negotiationMessage->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    ui->negotiationIcon->setVisible(error || warning);
    if (error || warning) {
        ui->negotiationIcon->setPixmap(StatusIcons::icon(policy.verdict()).pixmap(16, 16));
    }
}

void PartnerDialog::updatePrimaryDomainMessage()
{
    const QString text = ui->primaryDomainEdit->text().trimmed();
    // Nothing to say about an empty field until Commit: it is marked required.
    showMessage(ui->primaryDomainMessage,
                text.isEmpty()
                    ? QString()
                    : joinMessages(PartnerValidator::validateDomain(text), Field::Domain),
                true);
}

void PartnerDialog::updateDescriptionMessage()
{
    showMessage(ui->descriptionMessage,
                joinMessages(PartnerValidator::validateDescription(ui->descriptionEdit->text()),
                             Field::Description),
                true);
}

void PartnerDialog::updateDomainButtons()
{
    const bool selected = !ui->additionalDomainsList->selectedItems().isEmpty();
    ui->editDomainButton->setEnabled(selected);
    ui->removeDomainButton->setEnabled(selected);
    ui->addDomainButton->setEnabled(!ui->additionalDomainEdit->text().trimmed().isEmpty());
}

void PartnerDialog::addTypedDomain()
{
    const QString domain = ui->additionalDomainEdit->text().trimmed();
    if (domain.isEmpty())
        return;
    const QString refusal = typedDomainRefusal();
    if (!refusal.isEmpty()) {
        // Refused: the text stays in the field for the user to correct.
        showMessage(ui->additionalDomainsMessage, refusal, true);
        return;
    }
    auto *item = new QListWidgetItem(domain, ui->additionalDomainsList);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    ui->additionalDomainEdit->clear();
    showMessage(
        ui->additionalDomainsMessage,
        joinMessages(PartnerValidator::validateAdditionalDomains(
                         ui->primaryDomainEdit->text().trimmed(), partner().additionalDomains),
                     Field::AdditionalDomains),
        false);
}

QString PartnerDialog::typedDomainRefusal() const
{
    const QString domain = ui->additionalDomainEdit->text().trimmed();
    if (domain.isEmpty())
        return {};
    QStringList domains = partner().additionalDomains;
    domains.append(domain);
    const ValidationIssues issues = PartnerValidator::validateAdditionalDomains(
        ui->primaryDomainEdit->text().trimmed(), domains);
    for (const ValidationIssue &issue : issues) {
        if (issue.isError() && issue.message.contains(domain))
            return issue.message;
    }
    return {};
}

void PartnerDialog::validateProxyFqdn()
{
    const ValidationIssues issues
        = PartnerValidator::validateProxyFqdn(ui->proxyFqdnEdit->text().trimmed());
    showMessage(ui->proxyFqdnMessage, joinMessages(issues, Field::ProxyFqdn), true);
}

void PartnerDialog::refreshMessages()
{
    // The messages on screen were written in the previous language: write them again.
    if (!ui->additionalDomainsMessage->text().isEmpty()) {
        const QString refusal = typedDomainRefusal();
        if (refusal.isEmpty())
            onDomainItemChanged();
        else
            showMessage(ui->additionalDomainsMessage, refusal, true);
    }
    if (!ui->proxyFqdnMessage->text().isEmpty())
        validateProxyFqdn();
    if (!ui->commitMessage->text().isEmpty())
        showCommitRefusal();
}

void PartnerDialog::editSelectedDomain()
{
    const QList<QListWidgetItem *> selected = ui->additionalDomainsList->selectedItems();
    if (!selected.isEmpty())
        ui->additionalDomainsList->editItem(selected.first());
}

void PartnerDialog::removeSelectedDomain()
{
    const QList<QListWidgetItem *> selected = ui->additionalDomainsList->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    showMessage(ui->additionalDomainsMessage, {}, true);
    updateDomainButtons();
}

void PartnerDialog::onDomainItemChanged()
{
    const ValidationIssues issues = PartnerValidator::validateAdditionalDomains(
        ui->primaryDomainEdit->text().trimmed(), partner().additionalDomains);
    showMessage(ui->additionalDomainsMessage, joinMessages(issues, Field::AdditionalDomains),
                hasErrorIn(issues, Field::AdditionalDomains));
}

void PartnerDialog::setAdvancedVisible(bool visible)
{
    ui->advancedPanel->setVisible(visible);
    ui->advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    fitToContents();
}

void PartnerDialog::fitToContents()
{
    // Grow to show everything; never shrink below what the user made it.
    const QSize wanted = sizeHint().expandedTo(size());
    if (isVisible() && wanted.height() > height())
        resize(width(), wanted.height());
}

void PartnerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    resize(qMax(width(), sizeHint().width()), sizeHint().height());
}

void PartnerDialog::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                               : QStringLiteral("color: #8d6e00;"));
    label->setVisible(!text.isEmpty());
}

void PartnerDialog::showIssues(const ValidationIssues &issues)
{
    showMessage(ui->primaryDomainMessage, joinMessages(issues, Field::Domain), true);
    showMessage(ui->descriptionMessage, joinMessages(issues, Field::Description), true);
    showMessage(ui->additionalDomainsMessage, joinMessages(issues, Field::AdditionalDomains),
                hasErrorIn(issues, Field::AdditionalDomains));
    showMessage(ui->proxyFqdnMessage, joinMessages(issues, Field::ProxyFqdn), true);

    QStringList errors;
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            errors.append(issue.message);
    }
    if (errors.isEmpty()) {
        showMessage(ui->commitMessage, {}, true);
        return;
    }
    errors.removeDuplicates();
    errors.append(tr("Your changes were not saved."));
    showMessage(ui->commitMessage, errors.join(u'\n'), true);
    if (hasErrorIn(issues, Field::ConnectionLimit) || hasErrorIn(issues, Field::ProxyFqdn)) {
        ui->advancedToggle->setChecked(true);
    }
}

ValidationIssues PartnerDialog::showCommitRefusal()
{
    const QString refusal = typedDomainRefusal();
    if (!refusal.isEmpty()) {
        showMessage(ui->additionalDomainsMessage, refusal, true);
        showMessage(ui->commitMessage, refusal + u'\n' + tr("Your changes were not saved."), true);
        return {};
    }
    const Partner candidate = partner();
    const ValidationIssues issues
        = m_checker ? m_checker(candidate) : PartnerValidator::validate(candidate);
    showIssues(issues);
    return issues;
}

void PartnerDialog::accept()
{
    // A domain typed in the "add" field but not added yet is part of what the user means.
    if (!ui->additionalDomainEdit->text().trimmed().isEmpty()) {
        addTypedDomain();
        if (!ui->additionalDomainEdit->text().trimmed().isEmpty()) {
            showCommitRefusal();
            return;
        }
    }
    const ValidationIssues issues = showCommitRefusal();
    if (hasErrors(issues)) {
        // Keep the dialog open with every input as typed; focus what needs fixing.
        if (hasErrorIn(issues, Field::Domain))
            ui->primaryDomainEdit->setFocus();
        else if (hasErrorIn(issues, Field::Description))
            ui->descriptionEdit->setFocus();
        else if (hasErrorIn(issues, Field::Negotiation))
            ui->tlsNegotiationCombo->setFocus();
        return;
    }
    QDialog::accept();
}
