//! GOV.UK Notify, which English councils already use for email and text
//! messages. Each request carries a JWT (HS256) made from the API key: the
//! key is `{name}-{service id}-{secret}`, the last two being UUIDs; the
//! token says who (`iss`, the service id) and when (`iat`), and is signed
//! with the secret.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;

use crate::db::now;

/// Where the live service is.
pub const GOV_NOTIFY_URL: &str = "https://api.notifications.service.gov.uk";

/// How to reach GOV.UK Notify. Each council has its own templates
/// (`councils::Alerts`), each with one field, `((link))`.
#[derive(Clone)]
pub struct GovNotify {
    base: String,
    service_id: String,
    secret: String,
}

impl std::fmt::Debug for GovNotify {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GovNotify")
            .field("base", &self.base)
            .field("service_id", &self.service_id)
            .finish_non_exhaustive()
    }
}

/// Why the API key can't be used.
#[derive(Debug, thiserror::Error)]
#[error("the GOV.UK Notify API key should end with the service id and the secret key, two UUIDs")]
pub struct BadApiKey;

impl GovNotify {
    pub fn new(api_key: &str, base: &str) -> Result<GovNotify, BadApiKey> {
        let key = api_key.trim();
        let uuid_at = |end: usize| {
            key.len()
                .checked_sub(end + 36)
                .and_then(|start| key.get(start..start + 36))
                .filter(|part| uuid::Uuid::parse_str(part).is_ok())
        };
        let secret = uuid_at(0).ok_or(BadApiKey)?;
        let service_id = uuid_at(37).ok_or(BadApiKey)?;
        Ok(GovNotify {
            base: base.trim_end_matches('/').to_owned(),
            service_id: service_id.to_owned(),
            secret: secret.to_owned(),
        })
    }

    /// A fresh token for one request.
    fn token(&self) -> String {
        let header = URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT","alg":"HS256"}"#);
        let claims = URL_SAFE_NO_PAD
            .encode(serde_json::json!({ "iss": self.service_id, "iat": now() }).to_string());
        let signed = format!("{header}.{claims}");
        let signature = match Hmac::<Sha256>::new_from_slice(self.secret.as_bytes()) {
            Ok(mut mac) => {
                mac.update(signed.as_bytes());
                mac.finalize().into_bytes().to_vec()
            }
            // HMAC takes a key of any length; this cannot happen.
            Err(_) => Vec::new(),
        };
        format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature))
    }

    /// Emails `to` the email template `template` with `link`.
    pub async fn email(&self, http: &reqwest::Client, template: &str, to: &str, link: &str) {
        let body = Email {
            email_address: to,
            template_id: template,
            personalisation: Personalisation { link },
        };
        self.send(http, "email", &body).await;
    }

    /// Texts `to` the text message template `template` with `link`.
    pub async fn sms(&self, http: &reqwest::Client, template: &str, to: &str, link: &str) {
        let body = Sms {
            phone_number: to,
            template_id: template,
            personalisation: Personalisation { link },
        };
        self.send(http, "sms", &body).await;
    }

    async fn send(&self, http: &reqwest::Client, what: &str, body: &impl Serialize) {
        let answer = http
            .post(format!("{}/v2/notifications/{what}", self.base))
            .bearer_auth(self.token())
            .json(body)
            .send()
            .await;
        match answer {
            Ok(answer) if answer.status().is_success() => {}
            Ok(answer) => tracing::warn!(
                status = answer.status().as_u16(),
                what,
                "GOV.UK Notify refused a notification"
            ),
            Err(error) => tracing::warn!(%error, what, "GOV.UK Notify could not be reached"),
        }
    }
}

#[derive(Serialize)]
struct Personalisation<'a> {
    link: &'a str,
}

#[derive(Serialize)]
struct Email<'a> {
    email_address: &'a str,
    template_id: &'a str,
    personalisation: Personalisation<'a>,
}

#[derive(Serialize)]
struct Sms<'a> {
    phone_number: &'a str,
    template_id: &'a str,
    personalisation: Personalisation<'a>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_gives_the_service_and_the_secret_and_a_bad_one_is_refused() {
        let service = "26785a09-ab16-4eb0-8407-a37497a57506";
        let secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
        let notify = GovNotify::new(&format!("pathway_live-{service}-{secret}"), GOV_NOTIFY_URL);
        assert!(notify
            .as_ref()
            .is_ok_and(|n| n.service_id == service && n.secret == secret));
        assert!(GovNotify::new("not-a-key", GOV_NOTIFY_URL).is_err());
        assert!(GovNotify::new(secret, GOV_NOTIFY_URL).is_err());
    }
}
