#pragma once
// Tests that need a program from outside the project (pdftoppm, cupsd,
// chattr, openssl, …). Under CI (CI=true) a missing program fails the test, so
// a green run always means the program ran; elsewhere the test is skipped with
// the Debian package that brings it.

#include <QString>
#include <QtTest>

namespace oppmote::test {

bool underCi();
// Empty when `program` is on PATH; otherwise what is missing and which package brings it.
QString missingTool(const QString &program, const QString &debianPackage);

} // namespace oppmote::test

// Use in a test function or initTestCase(): returns from it when the tool is missing.
#define OPPMOTE_REQUIRE_TOOL(program, debianPackage)                                                         \
    do {                                                                                                     \
        const QString oppmoteMissing_                                                                        \
            = oppmote::test::missingTool(QStringLiteral(program), QStringLiteral(debianPackage));            \
        if (!oppmoteMissing_.isEmpty()) {                                                                    \
            if (oppmote::test::underCi())                                                                    \
                QFAIL(qPrintable(oppmoteMissing_));                                                          \
            QSKIP(qPrintable(oppmoteMissing_));                                                              \
        }                                                                                                    \
    } while (false)
