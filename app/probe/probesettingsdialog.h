#pragma once

#include "probe/probesettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProbeSettingsDialog;
}

// The connection test's settings: the local XMPP domain, DNS server, trusted CAs, the
// client certificate for SASL EXTERNAL, timeouts, parallel tests and the periodic Test all.
class ProbeSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProbeSettingsDialog(QWidget *parent = nullptr);
    ~ProbeSettingsDialog() override;

    void setSettings(const ProbeSettings &settings);
    ProbeSettings settings() const;
    // Shown above the buttons, e.g. why the dialog opened before a test.
    void setMessage(const QString &message);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse(class QLineEdit *edit, const QString &title, const QString &filter);
    QStringList problems() const;
    void showProblems(const QStringList &problems);

    std::unique_ptr<Ui::ProbeSettingsDialog> ui;
    ProbeSettings m_base;
    bool m_showingProblems = false; // the message lists problems(), not a reason given
};
