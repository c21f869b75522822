#include "probe/watchalertlabel.h"

#include <QMouseEvent>

WatchAlertLabel::WatchAlertLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("watchAlertLabel"));
    setVisible(false);
    setCursor(Qt::PointingHandCursor);
    // A long message is cut, not a reason for the window to grow; its tooltip has it all.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setStyleSheet(QStringLiteral("color: #c62828;"));
}

void WatchAlertLabel::showChanges(const QList<LocalizedText> &changes)
{
    m_changes = changes;
    retranslate();
}

void WatchAlertLabel::retranslate()
{
    setVisible(!m_changes.isEmpty());
    if (m_changes.isEmpty())
        return;
    const QStringList lines = LocalizedText::toStringList(m_changes);
    setText(lines.size() == 1
                ? lines.first()
                : tr("%1 (and %n more change(s) for the worse)", nullptr, int(lines.size() - 1))
                      .arg(lines.first()));
    setToolTip(lines.join(u'\n') + u'\n' + tr("Click to dismiss."));
}

void WatchAlertLabel::mouseReleaseEvent(QMouseEvent *event)
{
    showChanges({});
    event->accept();
}
