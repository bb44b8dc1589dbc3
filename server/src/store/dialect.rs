//! Turns a statement written for both databases into PostgreSQL's: `?1`
//! and `:name` parameters become `$1`, and SQLite's `INDEXED BY` hints
//! (PostgreSQL's planner takes none) are dropped. Text in quotes is left
//! as it is.

use crate::db::StoreError;

/// `sql` for PostgreSQL, its `:name` parameters numbered in the order of
/// `names`.
pub fn postgres(sql: &str, names: &[&str]) -> Result<String, StoreError> {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for (_, inner) in chars.by_ref() {
                    out.push(inner);
                    if inner == c {
                        break;
                    }
                }
            }
            '?' => {
                out.push('$');
                while let Some((_, digit)) = chars.next_if(|(_, d)| d.is_ascii_digit()) {
                    out.push(digit);
                }
            }
            ':' if chars.peek().is_some_and(|(_, n)| *n == ':') => {
                // A cast, `x::text`.
                out.push_str("::");
                chars.next();
            }
            ':' if chars
                .peek()
                .is_some_and(|(_, n)| n.is_ascii_alphabetic() || *n == '_') =>
            {
                let name: String = std::iter::from_fn(|| {
                    chars
                        .next_if(|(_, n)| n.is_ascii_alphanumeric() || *n == '_')
                        .map(|(_, n)| n)
                })
                .collect();
                let position = names
                    .iter()
                    .position(|known| known.trim_start_matches(':') == name)
                    .ok_or_else(|| StoreError::Corrupt(format!("no value for :{name}")))?;
                out.push_str(&format!("${}", position + 1));
            }
            'I' | 'i' if keyword_at(sql, at, "INDEXED BY") => {
                // Skip the hint and the index's name after it.
                let rest = &sql[at + "INDEXED BY".len()..];
                let name_end = rest
                    .trim_start()
                    .find(|n: char| !(n.is_ascii_alphanumeric() || n == '_'))
                    .unwrap_or(rest.trim_start().len());
                let skip = "INDEXED BY".len() + (rest.len() - rest.trim_start().len()) + name_end;
                for _ in 1..skip {
                    chars.next();
                }
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// Whether `keyword` (any case, words apart by spaces) starts at `at` as a
/// word of its own.
fn keyword_at(sql: &str, at: usize, keyword: &str) -> bool {
    let before_ok = sql[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'));
    before_ok
        && sql
            .get(at..at + keyword.len())
            .is_some_and(|word| word.eq_ignore_ascii_case(keyword))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_hints_dropped_and_quoted_text_kept() -> Result<(), StoreError> {
        assert_eq!(
            postgres("SELECT ?1, ?12 FROM t WHERE a = ?2", &[])?,
            "SELECT $1, $12 FROM t WHERE a = $2"
        );
        assert_eq!(
            postgres(
                "SELECT x::text FROM t WHERE a = :viewer OR b = :role OR c = :viewer",
                &[":role", ":viewer"]
            )?,
            "SELECT x::text FROM t WHERE a = $2 OR b = $1 OR c = $2"
        );
        assert_eq!(
            postgres(
                "SELECT json_extract(data, '$.on') FROM records INDEXED BY records_contact_when WHERE k = 'a?:b'",
                &[]
            )?,
            "SELECT json_extract(data, '$.on') FROM records  WHERE k = 'a?:b'"
        );
        assert!(postgres("SELECT :missing", &[]).is_err());
        Ok(())
    }
}
