#pragma once

#include <QObject>
#include <QString>

class PartnerDocument;
class Prompter;
class QWidget;

// File → Import into the open partner list: reads a CSV file, an xmpp-partners file or a
// Management Shell script off the window's thread (with a progress dialog when it takes
// long, and Cancel), shows the preview, and applies the new and changed rows as one undo
// step when the user accepts. Nothing changes otherwise.
class PartnerImporter final : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs, and stays open while a file is read.
    PartnerImporter(PartnerDocument *document, Prompter *prompter, QWidget *window);

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }

    // Asks for a file (starting in the partner file's folder), then imports it.
    void chooseAndImport();
    // Imports `path`; returns whether the list changed.
    bool importFile(const QString &path);

Q_SIGNALS:
    // The list changed: `count` partners added or changed, `row` the first of them in the
    // document's model.
    void imported(int row, int count);
    void statusMessage(const QString &text, int timeoutMs);

private:
    PartnerDocument *m_document;
    Prompter *m_prompter;
    QWidget *m_window;
};
