#pragma once

#include "partners/partner.h"
#include "partners/validationissue.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class PartnerDialog;
}

// The partner editor used for New, Edit and Duplicate: the Control Panel's form, with
// the negotiation rules shown live and a Commit button that refuses a configuration
// with errors, keeping every input as it is.
class PartnerDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { New, Edit, Duplicate };

    // Checks a partner against its own rules and the rest of the list.
    using Checker = std::function<ValidationIssues(const Partner &partner)>;

    PartnerDialog(Mode mode, Checker checker, QWidget *parent = nullptr);
    ~PartnerDialog() override;

    void setPartner(const Partner &partner);
    // The partner as the form shows it now.
    Partner partner() const;

    void accept() override; // Commit

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void updateNegotiation();
    void updatePrimaryDomainMessage();
    void updateDescriptionMessage();
    void updateDomainButtons();
    void showIssues(const ValidationIssues &issues);
    // Validates the form as Commit does and shows why it is refused, if it is.
    ValidationIssues showCommitRefusal();
    // The reason the domain typed in the "add" field is refused, or an empty string.
    QString typedDomainRefusal() const;
    void validateProxyFqdn();
    void refreshMessages();
    void addTypedDomain();
    void editSelectedDomain();
    void removeSelectedDomain();
    void onDomainItemChanged();
    void setAdvancedVisible(bool visible);
    void fitToContents();
    void alignAdvancedLabels();
    static void showMessage(class QLabel *label, const QString &text, bool error);

    std::unique_ptr<Ui::PartnerDialog> ui;
    Mode m_mode;
    Checker m_checker;
    class QPushButton *m_commitButton = nullptr;
    Partner m_base; // fields the form does not show (unknown keys) are kept from it
};
