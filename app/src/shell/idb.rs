//! IndexedDB, where the phone keeps what was pulled: a team's records are
//! many megabytes, more than localStorage holds. One object store of text
//! values under string keys; each call is one transaction, awaited until it
//! has committed.
//!
//! Transactions that write run in the order they were created. Once the
//! database is open, each call creates its transaction before it first
//! yields, so calls made one after another (save, then forget on sign-out)
//! take effect in that order.

use std::cell::RefCell;

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbDatabase, IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransaction,
    IdbTransactionMode,
};

const DATABASE: &str = "pathway";
const VERSION: u32 = 1;
const STORE: &str = "kept";

/// Why IndexedDB could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdbError {
    #[error("this browser offers no IndexedDB here")]
    Unavailable,
    #[error("the phone is out of space")]
    Full,
    #[error("IndexedDB failed: {0}")]
    Failed(String),
}

thread_local! {
    static OPEN: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// The text stored under `key`, if any.
pub async fn get(key: &str) -> Result<Option<String>, IdbError> {
    let (tx, store) = begin(IdbTransactionMode::Readonly).await?;
    let request = store.get(&key.into()).map_err(failed)?;
    let value = finished(&request).await?;
    committed(&tx).await?;
    Ok(value.as_string())
}

/// Stores `value` under `key`, replacing what was there.
pub async fn put(key: &str, value: &str) -> Result<(), IdbError> {
    let (tx, store) = begin(IdbTransactionMode::Readwrite).await?;
    store
        .put_with_key(&value.into(), &key.into())
        .map_err(failed)?;
    committed(&tx).await
}

/// Moves the value under `from` to `to`: it is written under `to` and
/// removed from `from` together, so it is never in neither place.
pub async fn rename(from: &str, to: &str) -> Result<(), IdbError> {
    let Some(value) = get(from).await? else {
        return Ok(());
    };
    let (tx, store) = begin(IdbTransactionMode::Readwrite).await?;
    store
        .put_with_key(&value.into(), &to.into())
        .map_err(failed)?;
    store.delete(&from.into()).map_err(failed)?;
    committed(&tx).await
}

/// Removes every value whose key starts with `prefix`.
pub async fn remove_starting(prefix: &str) -> Result<(), IdbError> {
    let (tx, store) = begin(IdbTransactionMode::Readwrite).await?;
    store.delete(&starting(prefix)?.into()).map_err(failed)?;
    committed(&tx).await
}

/// Removes everything.
pub async fn clear() -> Result<(), IdbError> {
    let (tx, store) = begin(IdbTransactionMode::Readwrite).await?;
    store.clear().map_err(failed)?;
    committed(&tx).await
}

/// Each key starting with `prefix`, with the length of its text.
pub async fn lengths(prefix: &str) -> Result<Vec<(String, usize)>, IdbError> {
    let (tx, store) = begin(IdbTransactionMode::Readonly).await?;
    let range = starting(prefix)?;
    let keys = store.get_all_keys_with_key(&range).map_err(failed)?;
    let values = store.get_all_with_key(&range).map_err(failed)?;
    let keys = Array::from(&finished(&keys).await?);
    let values = Array::from(&finished(&values).await?);
    committed(&tx).await?;
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| {
            let length = js_sys::JsString::from(value).length() as usize;
            Some((key.as_string()?, length))
        })
        .collect())
}

fn starting(prefix: &str) -> Result<IdbKeyRange, IdbError> {
    IdbKeyRange::bound(&prefix.into(), &format!("{prefix}\u{ffff}").into()).map_err(failed)
}

async fn begin(mode: IdbTransactionMode) -> Result<(IdbTransaction, IdbObjectStore), IdbError> {
    let database = database().await?;
    let tx = database
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(failed)?;
    let store = tx.object_store(STORE).map_err(failed)?;
    Ok((tx, store))
}

async fn database() -> Result<IdbDatabase, IdbError> {
    if let Some(database) = OPEN.with_borrow(Clone::clone) {
        return Ok(database);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(IdbError::Unavailable)?;
    let request = factory.open_with_u32(DATABASE, VERSION).map_err(failed)?;
    let upgrade = Closure::<dyn FnMut()>::new({
        let request = request.clone();
        move || {
            // Version 1 is the first: the store is new.
            if let Ok(database) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                let _ = database.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = finished(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    let database: IdbDatabase = opened?.dyn_into().map_err(failed)?;
    OPEN.with_borrow_mut(|open| *open = Some(database.clone()));
    Ok(database)
}

/// Waits for a request's answer.
async fn finished(request: &IdbRequest) -> Result<JsValue, IdbError> {
    let answered = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(answered).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(failed),
        Err(_) => Err(why(request.error().ok().flatten())),
    }
}

/// Waits until a transaction has committed: only then is a write kept.
async fn committed(tx: &IdbTransaction) -> Result<(), IdbError> {
    let done = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    let outcome = JsFuture::from(done).await;
    tx.set_oncomplete(None);
    tx.set_onerror(None);
    tx.set_onabort(None);
    outcome.map(drop).map_err(|_| why(tx.error()))
}

fn why(error: Option<DomException>) -> IdbError {
    match error {
        Some(error) if error.name() == "QuotaExceededError" => IdbError::Full,
        Some(error) => IdbError::Failed(error.message()),
        None => IdbError::Failed("aborted".into()),
    }
}

fn failed(error: JsValue) -> IdbError {
    match error.dyn_into::<DomException>() {
        Ok(error) => why(Some(error)),
        Err(other) => IdbError::Failed(super::thrown(&other)),
    }
}
