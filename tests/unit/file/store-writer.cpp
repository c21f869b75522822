// A second process for tst_partnerstore:
//   store-writer save FILE   load FILE (if it exists), add one partner, save; exit 1 on error
//   store-writer hold FILE   take FILE's lock, print "locked", hold it until killed
#include "file/partnerstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("store-writer"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    PartnerStore store(args.at(2));

    if (args.at(1) == u"hold") {
        if (const auto error = store.lock()) {
            std::fprintf(stderr, "%s\n", qPrintable(error->message()));
            return 1;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        for (int i = 0; i < 600; ++i) // bounded: ten minutes at most
            QThread::msleep(1000);
        return 0;
    }
    if (args.at(1) == u"save") {
        PartnerStore::Document document;
        if (QFile::exists(store.path())) {
            PartnerStore::LoadResult loaded = store.load();
            if (!loaded.isOk()) {
                std::fprintf(stderr, "%s\n", qPrintable(loaded.errorMessage()));
                return 1;
            }
            document = loaded.document;
        }
        Partner partner;
        partner.domain = QStringLiteral("writer.example.com");
        document.partners.append(partner);
        if (const auto error = store.save(document)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->message()));
            return 1;
        }
        return 0;
    }
    return 2;
}
