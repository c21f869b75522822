#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QLocale>

struct LocalizedText::Data
{
    const char *context = nullptr;
    const char *source = nullptr;
    const char *disambiguation = nullptr;
    int n = -1;
    QString verbatim; // when `source` is null and `parts` empty
    QList<LocalizedText> parts; // lines(): shown one per line
    QList<Argument> arguments;
};

LocalizedText::LocalizedText(const char *context, const char *source, const char *disambiguation,
                             int n)
    : d(std::make_shared<Data>(Data {context, source, disambiguation, n, {}, {}, {}}))
{ }

LocalizedText LocalizedText::verbatim(const QString &text)
{
    LocalizedText result;
    if (!text.isEmpty())
        result.d = std::make_shared<Data>(Data {nullptr, nullptr, nullptr, -1, text, {}, {}});
    return result;
}

LocalizedText LocalizedText::lines(const QList<LocalizedText> &parts)
{
    QList<LocalizedText> kept;
    for (const LocalizedText &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    LocalizedText result;
    if (kept.size() == 1)
        return kept.first();
    if (!kept.isEmpty())
        result.d = std::make_shared<Data>(Data {nullptr, nullptr, nullptr, -1, {}, kept, {}});
    return result;
}

LocalizedText LocalizedText::withArgument(Argument value) const
{
    Data copy = d ? *d : Data {};
    copy.arguments.append(std::move(value));
    LocalizedText result;
    result.d = std::make_shared<Data>(std::move(copy));
    return result;
}

LocalizedText LocalizedText::arg(const QString &value) const
{
    return withArgument(value);
}

LocalizedText LocalizedText::arg(const LocalizedText &value) const
{
    return withArgument(value);
}

LocalizedText LocalizedText::arg(qint64 value) const
{
    return withArgument(value);
}

LocalizedText LocalizedText::arg(double value) const
{
    return withArgument(value);
}

bool LocalizedText::isEmpty() const
{
    return !d || (!d->source && d->verbatim.isEmpty() && d->parts.isEmpty());
}

QStringList LocalizedText::toStringList(const QList<LocalizedText> &texts)
{
    QStringList shown;
    shown.reserve(texts.size());
    for (const LocalizedText &text : texts)
        shown.append(text.toString());
    return shown;
}

QString LocalizedText::toString() const
{
    if (!d)
        return {};
    if (!d->parts.isEmpty()) {
        QStringList shown;
        for (const LocalizedText &part : d->parts)
            shown.append(part.toString());
        return shown.join(u'\n');
    }
    const QString pattern = d->source
        ? QCoreApplication::translate(d->context, d->source, d->disambiguation, d->n)
        : d->verbatim;
    if (d->arguments.isEmpty())
        return pattern;

    const QLocale locale;
    QStringList values;
    values.reserve(d->arguments.size());
    for (const Argument &argument : d->arguments) {
        if (const auto *text = std::get_if<QString>(&argument))
            values.append(*text);
        else if (const auto *nested = std::get_if<LocalizedText>(&argument))
            values.append(nested->toString());
        else if (const auto *integer = std::get_if<qint64>(&argument))
            values.append(locale.toString(*integer));
        else
            values.append(locale.toString(std::get<double>(argument), 'g', 6));
    }

    // One pass over the pattern: %1 … %99 (and %L1, the same here) take the values in
    // order; any other % stays.
    QString result;
    result.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        qsizetype j = i + 1;
        if (c != u'%' || j >= pattern.size()) {
            result.append(c);
            continue;
        }
        if (pattern.at(j) == u'L' && j + 1 < pattern.size())
            ++j;
        int number = 0;
        qsizetype digits = 0;
        while (j < pattern.size() && digits < 2 && pattern.at(j).isDigit()) {
            number = number * 10 + pattern.at(j).digitValue();
            ++j;
            ++digits;
        }
        if (digits == 0 || number < 1 || number > values.size()) {
            result.append(c);
            continue;
        }
        result.append(values.at(number - 1));
        i = j - 1;
    }
    return result;
}
