#include "formats/powershellscriptreader.h"

#include "formats/cmdletparameters.h"
#include "formats/powershellcommandparser.h"
#include "formats/powershelltokenizer.h"
#include "partners/domainname.h"
#include "util/textexcerpt.h"

#include <QSet>
#include <QStringConverter>

namespace {

using Command = PowerShellCommandParser::Command;
using Token = PowerShellTokenizer::Token;
using Type = PowerShellTokenizer::Type;

constexpr int MaxRows = 100000;

bool startsStatement(const QList<Token> &tokens, qsizetype index)
{
    if (index == 0)
        return true;
    const Token &before = tokens.at(index - 1);
    return before.type == Type::NewLine || before.type == Type::Semicolon
        || before.type == Type::OpenBrace || before.type == Type::CloseBrace
        || (before.type == Type::Other && before.text == u"|");
}

// Where the command that starts at `begin` ends: the end of its statement.
qsizetype statementEnd(const QList<Token> &tokens, qsizetype begin)
{
    int depth = 0;
    qsizetype i = begin;
    for (; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        const int change = PowerShellTokenizer::nesting(token.type);
        if (change < 0 && depth == 0)
            return i; // the bracket that holds the command closes
        depth += change;
        switch (token.type) {
        case Type::NewLine:
        case Type::Semicolon:
            if (depth == 0)
                return i;
            break;
        case Type::Other:
            if (depth == 0 && token.text == u"|")
                return i;
            break;
        default:
            break;
        }
    }
    return i;
}

} // namespace

ImportRows PowerShellScriptReader::parse(const QByteArray &bytes)
{
    ImportRows result;
    if (bytes.size() > MaxFileSize) {
        result.error
            = trLater("The script is larger than %1 MiB.").arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    const auto encoding = QStringConverter::encodingForData(bytes).value_or(QStringConverter::Utf8);
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = trLater("The script is not UTF-8 or UTF-16 text. Save it as UTF-8 and "
                               "import it again.");
        return result;
    }

    const QList<Token> tokens = PowerShellTokenizer::tokenize(text);
    if (!tokens.isEmpty() && tokens.constLast().type == Type::Error) {
        const Token &error = tokens.constLast();
        result.error = error.text == u"comment"
            ? trLater("Line %1: a <# comment is not closed before the end of the script.")
                  .arg(error.line)
            : trLater("Line %1: a string is not closed before the end of the script.")
                  .arg(error.line);
        return result;
    }

    const QString newCommand = CmdletParameters::newCommand();
    const QString setCommand = CmdletParameters::setCommand();
    QList<Command> commands;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (token.type != Type::Word || !startsStatement(tokens, i))
            continue;
        const bool isNew = token.text.compare(newCommand, Qt::CaseInsensitive) == 0;
        if (!isNew && token.text.compare(setCommand, Qt::CaseInsensitive) != 0)
            continue;
        if (commands.size() >= MaxRows) {
            result.error = trLater("The script has more than %1 partner commands.").arg(MaxRows);
            return result;
        }
        Command command;
        command.line = token.line;
        command.isNew = isNew;
        // A New- command's partner starts from the cmdlet's defaults; they are the
        // editor's, but for SASL, which the cmdlet sets to Required.
        command.partner.saslNegotiation = Negotiation::Required;
        const qsizetype end = statementEnd(tokens, i + 1);
        PowerShellCommandParser::parse(tokens, i + 1, end, &command);
        commands.append(std::move(command));
        i = end - 1;
    }
    if (commands.isEmpty()) {
        result.error = trLater("The script has no %1 command.").arg(newCommand);
        return result;
    }

    // The "update existing" form: Set- where the partner exists, New- otherwise. The
    // New- command describes the whole partner; its Set- twin is not a row.
    QSet<QString> created;
    for (const Command &command : std::as_const(commands)) {
        if (command.isNew && !command.identity.isEmpty())
            created.insert(DomainName::comparisonKey(command.identity));
    }
    for (const Command &command : std::as_const(commands)) {
        if (!command.isNew && !command.identity.isEmpty()
            && created.contains(DomainName::comparisonKey(command.identity)))
            continue;
        ImportRow row;
        row.line = int(result.rows.size()) + 1;
        row.domain = TextExcerpt::firstLine(command.identity, DomainName::MaxLength);
        QList<LocalizedText> problems;
        if (!command.isNew) {
            problems.append(trLater("line %1: %2 changes only the settings it names, so it does "
                                    "not describe a whole partner; the import reads %3 commands.")
                                .arg(command.line)
                                .arg(setCommand)
                                .arg(newCommand));
        }
        problems += command.problems;
        if (problems.isEmpty()) {
            row.partner = command.partner;
        } else {
            for (LocalizedText &problem : problems)
                problem = trLater("Row %1, %2").arg(row.line).arg(problem);
            row.problem = LocalizedText::lines(problems);
        }
        result.rows.append(std::move(row));
    }
    return result;
}
