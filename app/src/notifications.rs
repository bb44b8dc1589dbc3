//! What a phone sends to be told, with the app closed, that something in
//! Pathway needs its person (see the server's `notify`).

use pathway_derive::ReadObject;
use serde::Serialize;

/// The server's key for push subscriptions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushPublicKey {
    /// The server's public key, base64url: the `applicationServerKey`.
    pub public_key: String,
}

/// A phone's push subscription, as the browser's `toJSON()` gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushSubscription {
    pub endpoint: String,
    pub keys: PushKeys,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushKeys {
    pub p256dh: String,
    pub auth: String,
}
