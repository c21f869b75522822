#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

class PartnerStore;
class PartnerTableModel;
class Prompter;
class QUndoStack;
class QWidget;

// The open partner file: its partners (the table model), the undo stack whose clean
// state says whether they are saved, the file's lock, and the top-level keys of the file
// that this version does not know, kept for saving. Inline edits in the table go through
// the undo stack too. A large file opens and saves off the window's thread, with a
// progress dialog after progressDelay() milliseconds. Questions and errors go through
// the Prompter; what the window shows otherwise comes out as signals.
class PartnerDocument final : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs, and stays open while a file loads or saves.
    PartnerDocument(Prompter *prompter, QWidget *window);
    ~PartnerDocument() override;

    void setPrompter(Prompter *prompter) { m_prompter = prompter; }
    int progressDelay() const { return m_progressDelay; }
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

    PartnerTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Where file dialogs start: the open file's folder, else the home folder.
    QString folder() const;
    // The file last opened or saved, in this session or an earlier one, if it still
    // exists; empty otherwise.
    static QString lastFile();

    // Opens `path`. On failure the current list stays as it was and the user is told
    // why; cancelling a long load leaves everything as it was too.
    bool open(const QString &path);
    // File → Open: the unsaved changes question, then the file dialog.
    void chooseAndOpen();
    bool save();
    bool saveAs();
    // Before the list is replaced or the window closes: offers to save unsaved changes.
    // False when the user cancels.
    bool maybeSave();

    // The texts of the changes made so far (the Undo / Redo menu) and of the table, in
    // the language installed now.
    void retranslate();

Q_SIGNALS:
    // Another list was opened.
    void opened();
    // The file's path, or whether it is read-only, changed.
    void fileChanged();
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool saveTo(PartnerStore &store);
    void remember(const QString &path);

    Prompter *m_prompter;
    QWidget *m_window;
    PartnerTableModel *m_model;
    QUndoStack *m_undoStack;
    std::unique_ptr<PartnerStore> m_store; // holds the open file's lock
    QJsonObject m_unknownFields; // top-level keys of the file kept for saving
    QString m_path;
    bool m_readOnly = false;
    int m_progressDelay = 500;
};
