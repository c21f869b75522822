#pragma once

#include "file/partnerstore.h"

#include <QByteArray>
#include <QString>

class ProgressRange;
class QIODevice;

// The partner file's text: {"format": "xmpp-partners", "version": 1, "partners": [...]},
// in QJsonDocument's indented form, each entry as PartnerJson writes it. Reading checks
// the frame, then every entry against the rules of the list, naming the entries at
// fault; writing streams the text entry by entry, never holding all of it in memory.
// Its messages are the partner file's errors, in PartnerStore's translation context.
class PartnerFileFormat final
{
public:
    // The key of the list of partners (the one key an importer reads entry by entry).
    static inline const QString PartnersKey = QStringLiteral("partners");

    // Takes `data` over, to free it as soon as it has been parsed; `fileName` only names
    // the file in errors.
    static PartnerStore::LoadResult read(QByteArray data, const QString &fileName,
                                         const ProgressRange &progress);
    static bool write(const PartnerStore::Document &document, QIODevice *device,
                      const ProgressRange &progress);
};
