#pragma once

#include "i18n/localizedtext.h"

#include <QLabel>
#include <QList>

// The status bar's message of the certificate watch: what got worse since the previous
// Test all (a verdict, or a certificate that now ends within 30 days), in red; the first
// change and how many more, all of them in the tooltip. Hidden when there is none; a click
// dismisses it. It follows a language switch (retranslate()).
class WatchAlertLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit WatchAlertLabel(QWidget *parent = nullptr);

    void showChanges(const QList<LocalizedText> &changes);
    void retranslate();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<LocalizedText> m_changes; // kept as LocalizedText: shown in the language of the moment
};
