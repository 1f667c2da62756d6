#pragma once

class CliRunner;

// The rows of the bad-input matrix and the files they use.
namespace BadInputCases {
// The largest body --body-file accepts (1 MiB, like the REST API's limit).
inline constexpr int kMaxBody = 1 << 20;
// Files under <runner>/files: bodies, broken JSON and broken databases.
void writeFiles(const CliRunner &h);
// Columns args (QStringList, with @A @B @D @X @R @U ids, @F:<file>,
// @BIG:<n> and @RAW:<hex> placeholders), code (int), fragment (QString).
void addRows();
} // namespace BadInputCases
