#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <variant>

// A text for the user that is translated when it is shown, not when it is made: a
// connection-test report written in English reads in French once the language changes,
// and the other way round.
//
// Sources are marked for lupdate where they are written, through a class's trLater()
// (XP_DECLARE_TR_LATER below; lupdate runs with -tr-function-alias tr+=trLater), so they
// land in the class's context like its tr() texts. Values that must not be translated
// (host names, errors reported by the peer or by Qt, file names) go in through
// verbatim() or arg().
class LocalizedText final
{
public:
    LocalizedText() = default;
    // `context`, `source` and `disambiguation` must outlive the text: string literals.
    // `n` >= 0 selects a plural form (%n), as in tr().
    LocalizedText(const char *context, const char *source, const char *disambiguation = nullptr,
                  int n = -1);

    static LocalizedText verbatim(const QString &text);
    // The parts, each translated when shown, one per line.
    static LocalizedText lines(const QList<LocalizedText> &parts);

    // %1, %2, … in order, as QString::arg() does, but substituted once: a value that
    // contains "%1" stays as it is.
    [[nodiscard]] LocalizedText arg(const QString &value) const;
    [[nodiscard]] LocalizedText arg(const LocalizedText &value) const;
    // Numbers are written for the locale of the moment they are shown.
    [[nodiscard]] LocalizedText arg(qint64 value) const;
    [[nodiscard]] LocalizedText arg(int value) const { return arg(qint64(value)); }
    [[nodiscard]] LocalizedText arg(double value) const;

    bool isEmpty() const;
    // The text in the language installed now.
    QString toString() const;
    static QStringList toStringList(const QList<LocalizedText> &texts);

private:
    struct Data;
    using Argument = std::variant<QString, LocalizedText, qint64, double>;
    [[nodiscard]] LocalizedText withArgument(Argument value) const;

    std::shared_ptr<const Data> d;
};

// Declares `static LocalizedText trLater(source, disambiguation = nullptr, n = -1)` in
// a class, with the class's translation context.
#define XP_DECLARE_TR_LATER(context)                                                       \
    static LocalizedText trLater(const char *source, const char *disambiguation = nullptr, \
                                 int n = -1)                                               \
    {                                                                                      \
        return LocalizedText(#context, source, disambiguation, n);                         \
    }
