//! JSON text, read and written: the one way Pathway turns its types into
//! the text it sends and keeps, and back.
//!
//! On the phone the browser's own `JSON` reads and writes the text, and
//! serde-wasm-bindgen carries its values into Pathway's types and out, so
//! serde_json's parser and number formatting are not in the download.
//! Natively (the server, and the tests of the shared model) serde_json does
//! both. The text is the same either way: objects, `null` for nothing, and
//! numbers as JSON writes them.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Text that is not JSON, or not the shape it is read as.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct JsonError(String);

/// Reads `text` as a `T`.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    imp::from_text(text)
}

/// Writes `value` as JSON text.
pub fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    imp::to_text(value)
}

/// The length of the JSON value `text` begins with, found by matching its
/// brackets and skipping its strings whole (whether it is valid is for
/// [`from_text`] to say); `None` if the text ends first or begins with no
/// value. A value that is not an object, array or string ends at the first
/// `,`, `]`, `}` or space.
pub fn value_len(text: &str) -> Option<usize> {
    extent(text).filter(|&len| len > 0)
}

fn extent(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    in_string = false;
                    if depth == 0 {
                        return Some(at + 1);
                    }
                }
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => return Some(at),
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at + 1);
                }
            }
            b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => return Some(at),
            _ => {}
        }
    }
    None
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::JsonError;
    use js_sys::JSON;
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use wasm_bindgen::JsValue;

    const WRITER: serde_wasm_bindgen::Serializer =
        serde_wasm_bindgen::Serializer::json_compatible();

    fn error(value: JsValue) -> JsonError {
        JsonError(String::from(js_sys::Error::from(value).message()))
    }

    pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
        let value = JSON::parse(text).map_err(error)?;
        serde_wasm_bindgen::from_value(value).map_err(|e| JsonError(e.to_string()))
    }

    pub fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
        let value = value
            .serialize(&WRITER)
            .map_err(|e| JsonError(e.to_string()))?;
        JSON::stringify(&value).map(String::from).map_err(error)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::JsonError;
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
        serde_json::from_str(text).map_err(|e| JsonError(e.to_string()))
    }

    pub fn to_text<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
        serde_json::to_string(value).map_err(|e| JsonError(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_ends_where_its_brackets_close_whatever_its_strings_hold() {
        let text = r#"{"a":"}],\"{","b":[1,{"c":2}]} , {"next":1}"#;
        let end = value_len(text).unwrap_or_default();
        assert_eq!(&text[..end], r#"{"a":"}],\"{","b":[1,{"c":2}]}"#);
        assert_eq!(value_len(r#""a \"quoted\" word", 2"#), Some(19));
        assert_eq!(value_len("12,3"), Some(2));
        assert_eq!(value_len("true]"), Some(4));
    }

    #[test]
    fn a_value_cut_short_has_no_end() {
        assert_eq!(value_len(r#"{"a":[1,2"#), None);
        assert_eq!(value_len(r#"{"a":"}"#), None);
        assert_eq!(value_len(r#""unfinished \""#), None);
        assert_eq!(value_len("}, 1"), None);
        assert_eq!(value_len(""), None);
    }

    #[test]
    fn text_that_is_not_the_shape_is_refused() {
        assert!(from_text::<u32>("\"seven\"").is_err());
        assert!(from_text::<Vec<u32>>("[1, 2").is_err());
        assert_eq!(from_text::<Vec<u32>>("[1, 2]"), Ok(vec![1, 2]));
        assert_eq!(to_text(&Some(vec!["a"])).as_deref(), Ok(r#"["a"]"#));
    }
}
