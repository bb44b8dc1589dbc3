//! Web Push with no content: the push service is told only to wake the
//! phone, and its service worker says there is something new in Pathway.
//! Nothing personal passes through the push service or sits on a lock
//! screen. Each push is signed with the server's own key (VAPID: a JWT
//! signed with ES256, RFC 8292), made on first start and kept in the
//! database.

use crate::args;
use crate::store::Conn;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};

use crate::db::{now, StoreError};

/// How long a push waits at the push service for a phone that is off.
const TTL_SECONDS: u32 = 24 * 60 * 60;

/// The server's key for signing pushes.
#[derive(Clone)]
pub struct PushKey {
    signing: SigningKey,
}

impl std::fmt::Debug for PushKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PushKey(…)")
    }
}

impl PushKey {
    /// The key kept in the database, made and kept now if there is none.
    /// Servers starting together keep the first one made, so every server
    /// signs with the key phones subscribed with.
    pub fn load_or_make<'c>(conn: impl Into<Conn<'c>>) -> Result<PushKey, StoreError> {
        let conn = conn.into();
        let kept = || -> Result<Option<String>, StoreError> {
            conn.query_opt("SELECT private_key FROM push_key WHERE id = 1", &[])?
                .map(|row| row.get(0))
                .transpose()
        };
        let usable = |text: Option<String>| {
            text.and_then(|text| URL_SAFE_NO_PAD.decode(text).ok())
                .and_then(|bytes| SigningKey::from_slice(&bytes).ok())
        };
        let before = kept()?;
        let damaged = before.is_some();
        if let Some(signing) = usable(before) {
            return Ok(PushKey { signing });
        }
        let signing = loop {
            let mut bytes = [0u8; 32];
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
            // Almost every 32 bytes is a valid key; the rest are drawn again.
            if let Ok(key) = SigningKey::from_slice(&bytes) {
                break key;
            }
        };
        let text = URL_SAFE_NO_PAD.encode(signing.to_bytes());
        if damaged {
            conn.execute(
                "UPDATE push_key SET private_key = ?1 WHERE id = 1",
                args![&text],
            )?;
        } else {
            conn.execute(
                "INSERT INTO push_key (id, private_key) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING",
                args![&text],
            )?;
        }
        Ok(usable(kept()?).map_or(PushKey { signing }, |signing| PushKey { signing }))
    }

    /// The public key phones subscribe with (`applicationServerKey`): the
    /// uncompressed point, base64url.
    pub fn public(&self) -> String {
        URL_SAFE_NO_PAD.encode(
            self.signing
                .verifying_key()
                .to_encoded_point(false)
                .as_bytes(),
        )
    }

    /// The `Authorization` header for a push to `endpoint`: a JWT for the
    /// push service's origin, valid for 12 hours, and the public key.
    pub fn authorization(&self, endpoint: &reqwest::Url, subject: &str) -> String {
        let audience = endpoint.origin().ascii_serialization();
        let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = URL_SAFE_NO_PAD.encode(
            serde_json::json!({ "aud": audience, "exp": now() + 12 * 60 * 60, "sub": subject })
                .to_string(),
        );
        let signed = format!("{header}.{claims}");
        let signature: Signature = self.signing.sign(signed.as_bytes());
        format!(
            "vapid t={signed}.{}, k={}",
            URL_SAFE_NO_PAD.encode(signature.to_bytes()),
            self.public()
        )
    }
}

/// What became of one push.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// The push service says the subscription is gone: forget it.
    Gone,
    Failed,
}

/// Sends one push with no content.
pub async fn send(
    http: &reqwest::Client,
    key: &PushKey,
    subject: &str,
    endpoint: &reqwest::Url,
) -> Delivery {
    let answer = http
        .post(endpoint.clone())
        .header("Authorization", key.authorization(endpoint, subject))
        .header("TTL", TTL_SECONDS.to_string())
        .header("Urgency", "high")
        .header("Content-Length", "0")
        .send()
        .await;
    match answer.map(|a| a.status().as_u16()) {
        Ok(200..=299) => Delivery::Sent,
        Ok(404 | 410) => Delivery::Gone,
        Ok(status) => {
            tracing::warn!(status, host = endpoint.host_str(), "a push was not taken");
            Delivery::Failed
        }
        Err(error) => {
            tracing::warn!(%error, host = endpoint.host_str(), "a push could not be sent");
            Delivery::Failed
        }
    }
}
