#pragma once
// A value or an error, for operations whose failure is an ordinary outcome
// (bad input, a damaged file). No exceptions cross module boundaries.

#include <QString>

#include <optional>
#include <utility>

namespace oppmote {

enum class ErrorCode {
    None,
    InvalidInput, // the caller's data is malformed
    NotFound,
    Conflict, // would violate a rule (duplicate, revoked, …)
    Io, // file system: missing, read-only, full
    Corrupt, // a damaged database or file
    SchemaTooNew, // written by a newer Oppmøte
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// [[nodiscard]]: an ignored failure is a compile error (warnings are errors).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value on a temporary, so `for (x : f().value())` never dangles.
    T value() && { return std::move(*m_value); }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result<void>
struct Ok {
};
using Status = Result<Ok>;

inline Error makeError(ErrorCode code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace oppmote
