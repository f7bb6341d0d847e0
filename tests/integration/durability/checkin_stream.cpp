// checkin_stream DB FIRST COUNT: checks in attendees FIRST… of the roster (in
// the store's order) one by one, alternating venue entries with undo/entry
// pairs, and prints "ACK <event id> <attendee id>" once each COMMIT returned.

#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace oppmote;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: checkin_stream DB FIRST COUNT\n");
        return 2;
    }
    auto store = Store::open(args[1], StoreOptions { false, {} });
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 5;
    }
    auto people = store->attendees();
    if (!people.ok())
        return 5;
    const int first = args[2].toInt();
    const int count = args[3].toInt();
    std::printf("READY\n");
    std::fflush(stdout);
    for (int i = first; i < first + count && i < people->size(); ++i) {
        CheckinRequest request;
        request.attendeeId = people->at(i).id;
        request.method = CheckinMethod::Qr;
        auto outcome = store->checkIn(request);
        if (!outcome.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error().message));
            return 5;
        }
        if (outcome->event)
            std::printf("ACK %s %s\n", qPrintable(outcome->event->id), qPrintable(request.attendeeId));
        std::fflush(stdout);
    }
    std::printf("DONE\n");
    return 0;
}
