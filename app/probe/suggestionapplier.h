#pragma once

#include <QObject>
#include <QString>

class PartnerDocument;
class Prompter;
class QWidget;
class SuggestionList;

// Makes the changes of settings that connection tests suggested in the open partner list:
// through the editor's rules (ImportPlan checks each partner as the editor would) and the
// document's undo stack, each application one step that Undo takes back whole. The
// partners changed then show their Last test as outdated, until they are tested again.
class SuggestionApplier final : public QObject
{
    Q_OBJECT

public:
    SuggestionApplier(PartnerDocument *document, Prompter *prompter, QWidget *window);

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    // The suggestions at once, without a preview (one partner's, from a report): refused
    // with a message when a rule or the list forbids it. Returns whether the list changed.
    bool apply(const SuggestionList &suggestions, QWidget *parent);
    // Test all's Apply all: the preview of every change (partner, field, old → new), then,
    // when accepted, the changes as one step. Returns whether the list changed.
    bool applyAll(const SuggestionList &suggestions, QWidget *parent);
    // The Set-CsXmppAllowedPartner commands on the clipboard.
    static void copyPowerShell(const SuggestionList &suggestions);

Q_SIGNALS:
    // `count` partners changed; `row` is the first one's.
    void applied(int row, int count);

private:
    PartnerDocument *m_document;
    Prompter *m_prompter;
    QWidget *m_window;
};
