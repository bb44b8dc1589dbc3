//! All of the server's configuration: flags, each with an environment
//! variable, in one place.

use std::net::SocketAddr;
use std::path::PathBuf;

use axum::http::HeaderName;
use clap::{Args, Parser, Subcommand};
use pathway_app::auth::Role;
use pathway_app::dates::parse_iso;
use pathway_app::reports::Sex;
use pathway_app::sync::Pronouns;
use time::Date;

/// Pathway's server: the API, sync and storage, and the built app.
#[derive(Debug, Parser)]
#[command(name = "pathway-server", version)]
pub struct Cli {
    /// Where the database lives; created on first start.
    #[arg(
        long,
        env = "PATHWAY_DATA_DIR",
        default_value = "./data",
        global = true
    )]
    pub data_dir: PathBuf,

    /// Keep everything in this PostgreSQL database instead of the embedded
    /// SQLite in the data directory: postgres://user:password@host:port/database.
    /// Any number of servers may share one.
    #[arg(
        long,
        env = "PATHWAY_DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    pub database_url: Option<String>,

    #[command(flatten)]
    pub serve: ServeConfig,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How to serve (the default when no subcommand is given).
#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on.
    #[arg(long, env = "PATHWAY_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// The built app (`cargo xtask dist` writes it).
    #[arg(long, env = "PATHWAY_DIST_DIR", default_value = "./dist")]
    pub dist_dir: PathBuf,

    /// Seed a demo team on first start and print its password.
    #[arg(long, env = "PATHWAY_DEMO")]
    pub demo: bool,

    /// The header in which a TLS proxy in front of Pathway passes on each
    /// client's address (e.g. X-Forwarded-For; the last address in it is
    /// used, the one the proxy added). Without it, the connection's own
    /// address. Sign-in throttling counts failures per address.
    #[arg(long, env = "PATHWAY_CLIENT_ADDRESS_HEADER")]
    pub client_address_header: Option<HeaderName>,

    /// How many days after a review it may still be written down.
    #[arg(long, env = "PATHWAY_REVIEW_WINDOW_DAYS", default_value_t = 90)]
    pub review_window_days: u32,

    /// How many days a sign-in lasts at most, used or not.
    #[arg(long, env = "PATHWAY_SESSION_DAYS", default_value_t = 30)]
    pub session_days: u32,

    /// How many hours a member of staff's sign-in lasts unused.
    #[arg(long, env = "PATHWAY_STAFF_IDLE_HOURS", default_value_t = 12)]
    pub staff_idle_hours: u32,

    /// How many days a young person's sign-in lasts unused.
    #[arg(long, env = "PATHWAY_YOUNG_PERSON_IDLE_DAYS", default_value_t = 30)]
    pub young_person_idle_days: u32,

    /// Where people reach Pathway, for the link in an email or text.
    #[arg(
        long,
        env = "PATHWAY_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,

    /// Who runs this server, for push services to contact (a mailto: or
    /// https: address).
    #[arg(
        long,
        env = "PATHWAY_PUSH_CONTACT",
        default_value = "mailto:pathway@localhost"
    )]
    pub push_contact: String,

    /// A GOV.UK Notify API key. Without it, no emails or texts are sent.
    #[arg(long, env = "PATHWAY_NOTIFY_API_KEY", hide_env_values = true)]
    pub notify_api_key: Option<String>,

    /// GOV.UK Notify's address (changed only to test against a stand-in).
    #[arg(long, env = "PATHWAY_NOTIFY_URL", default_value = crate::notify::gov_notify::GOV_NOTIFY_URL)]
    pub notify_url: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the app and the API (the default).
    Serve,
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage councils: each has its own people, contact rules,
    /// out-of-hours number, advocacy service and notification settings.
    #[command(subcommand)]
    Council(CouncilCommand),
    /// Add a large made-up team with years of history, for measuring what
    /// phones must hold. Its manager, first adviser and first young person
    /// can sign in, with the password in PATHWAY_PASSWORD (the demo password
    /// if unset).
    GenerateTeam(GenerateTeam),
    /// Copy the database to a new file, readable by this user only; safe
    /// while the server runs.
    Backup(BackupTo),
    /// Put a backup back, with the server stopped. Locks and passwords are
    /// kept as they are now; everyone signs in again, and every phone takes
    /// its records afresh, keeping its unsent changes.
    Restore(RestoreFrom),
    /// After PostgreSQL is put back to an earlier state (pg_restore, point-in-time
    /// recovery), before the servers start: every phone takes its records
    /// afresh and sends what the database lacks, and everyone signs in again.
    Restored,
}

#[derive(Debug, Subcommand)]
pub enum CouncilCommand {
    /// Every council, with its settings and how many people it holds.
    List,
    /// Add a council.
    Add(CouncilAdd),
    /// Change a council's settings; its phones have them on their next pull.
    Set(CouncilSet),
}

#[derive(Debug, Args)]
pub struct CouncilAdd {
    /// The council's name, e.g. "Riverside".
    #[arg(long)]
    pub name: String,
    /// The out-of-hours number shown to a young person who says she is not safe.
    #[arg(long)]
    pub out_of_hours_phone: String,
    #[command(flatten)]
    pub settings: CouncilSettings,
}

#[derive(Debug, Args)]
pub struct CouncilSet {
    /// The council's name as it is now.
    #[arg(long)]
    pub name: String,
    /// A new name for it.
    #[arg(long)]
    pub rename_to: Option<String>,
    /// The out-of-hours number shown to a young person who says she is not safe.
    #[arg(long)]
    pub out_of_hours_phone: Option<String>,
    /// Remove the advocacy service: *People who help me* tells her to ask
    /// her adviser for an advocate.
    #[arg(long, conflicts_with = "advocacy_name")]
    pub no_advocacy: bool,
    /// Send no more emails or texts about safety flags (pushes still go).
    #[arg(long, conflicts_with_all = ["notify_email_template", "notify_sms_template"])]
    pub no_notify_templates: bool,
    #[command(flatten)]
    pub settings: CouncilSettings,
}

/// The settings `council add` and `council set` share; each left out keeps
/// its value (or, adding, the default).
#[derive(Debug, Args)]
pub struct CouncilSettings {
    /// The council's advocacy service, shown on a young person's *People
    /// who help me* (with its phone number and web address, if given).
    #[arg(long)]
    pub advocacy_name: Option<String>,
    #[arg(long, requires = "advocacy_name")]
    pub advocacy_phone: Option<String>,
    #[arg(long, requires = "advocacy_name")]
    pub advocacy_web: Option<String>,
    /// Minutes before an unacknowledged safety flag goes to the team
    /// manager (120 for a new council).
    #[arg(long)]
    pub escalate_after_minutes: Option<u32>,
    /// The council's contact rules, as a JSON file (a new council has the
    /// example rules).
    #[arg(long)]
    pub contact_rules: Option<PathBuf>,
    /// The GOV.UK Notify email template for a safety flag; its one field
    /// is ((link)). Without one, staff are not emailed.
    #[arg(long)]
    pub notify_email_template: Option<String>,
    /// The GOV.UK Notify text message template for a safety flag; its one
    /// field is ((link)). Without one, staff are not texted.
    #[arg(long)]
    pub notify_sms_template: Option<String>,
}

#[derive(Debug, Args)]
pub struct BackupTo {
    /// The backup file to write; it must not exist yet.
    #[arg(long)]
    pub to: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreFrom {
    /// A file written by `backup`.
    #[arg(long)]
    pub from: PathBuf,
}

#[derive(Debug, Args)]
pub struct GenerateTeam {
    /// Personal advisers in the team.
    #[arg(long, default_value_t = 8)]
    pub advisers: usize,
    /// Young people on each adviser's caseload.
    #[arg(long, default_value_t = 25)]
    pub young_people: usize,
    /// Years of history for each young person.
    #[arg(long, default_value_t = 3)]
    pub years: u32,
    /// The same seed makes the same team.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from PATHWAY_PASSWORD, or
    /// from the first line of standard input.
    Add(UserAdd),
    /// Sign a person out of every phone at once, e.g. when a phone is lost:
    /// each phone removes everything Pathway kept on it.
    SignOut(Username),
    /// Lock an account: every phone of theirs is signed out and removes
    /// what it kept, and it cannot sign in until unlocked.
    Lock(Username),
    /// Let a locked account sign in again.
    Unlock(Username),
    /// Give an account a new password, read from PATHWAY_PASSWORD or the
    /// first line of standard input; every sign-in it had ends.
    ResetPassword(Username),
    /// Give a young person a new personal adviser from now on; the reports
    /// keep who her advisers were, and when.
    Move(UserMove),
}

#[derive(Debug, Args)]
pub struct UserMove {
    /// The young person's username.
    #[arg(long)]
    pub username: String,
    /// The new personal adviser's username.
    #[arg(long)]
    pub adviser: String,
}

#[derive(Debug, Args)]
pub struct Username {
    #[arg(long)]
    pub username: String,
}

#[derive(Debug, Args)]
pub struct UserAdd {
    #[arg(long)]
    pub username: String,
    /// The name shown to others, e.g. "Sam Okafor".
    #[arg(long)]
    pub name: String,
    /// young_person, personal_adviser, team_manager or head_of_service.
    #[arg(long)]
    pub role: Role,
    /// The council's name; needed only when there is more than one.
    #[arg(long)]
    pub council: Option<String>,
    /// The team's name in the council (staff); created if new.
    #[arg(long)]
    pub team: Option<String>,
    /// The personal adviser's username (young people).
    #[arg(long)]
    pub adviser: Option<String>,
    /// Date of birth, YYYY-MM-DD (young people).
    #[arg(long, value_parser = parse_date)]
    pub date_of_birth: Option<Date>,
    /// How staff screens speak of a young person: she, he or they.
    #[arg(long, value_parser = parse_pronouns, default_value = "they")]
    pub pronouns: Pronouns,
    /// A phone number shown to the young people on this adviser's caseload.
    #[arg(long)]
    pub phone: Option<String>,
    /// Where this member of staff is emailed when a young person needs them.
    #[arg(long)]
    pub email: Option<String>,
    /// The council's own id for a young person (CHILD in the national
    /// return), up to 10 characters.
    #[arg(long, value_parser = parse_child_id)]
    pub child_id: Option<String>,
    /// A young person's sex as the national return records it: male or female.
    #[arg(long)]
    pub sex: Option<Sex>,
}

fn parse_child_id(text: &str) -> Result<String, String> {
    let fits =
        (1..=10).contains(&text.chars().count()) && text.chars().all(|c| c.is_ascii_alphanumeric());
    fits.then(|| text.to_owned())
        .ok_or_else(|| "a child ID is 1 to 10 letters or digits".to_owned())
}

fn parse_pronouns(text: &str) -> Result<Pronouns, String> {
    Pronouns::parse(text).ok_or_else(|| "pronouns are she, he or they".to_owned())
}

fn parse_date(text: &str) -> Result<Date, String> {
    parse_iso(text).map_err(|e| e.to_string())
}
