<?php
/**
 * Settings → mieruka: the default document URL (used by shortcodes and blocks that name none)
 * and a "check" button.
 *
 * The check runs in the administrator's browser, not on the server: it puts a mieruka widget
 * on the settings page for that URL, so the document is fetched from where readers fetch it
 * (same origin, CORS and redirects as theirs) and validated by the very validator the widgets
 * run, shipped in cdn/. The problems are listed as `mieruka validate` prints them (address:
 * JSON path: message). A server-side check would need Node.js, which WordPress hosts rarely have.
 *
 * @package mieruka
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const MIERUKA_SETTINGS_PAGE = 'mieruka';

add_action(
	'admin_init',
	static function () {
		register_setting(
			'mieruka',
			'mieruka_default_src',
			array(
				'type'              => 'string',
				'default'           => '',
				'sanitize_callback' => 'mieruka_sanitize_default_src',
			)
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		$hook = add_options_page( __( 'mieruka settings', 'mieruka' ), 'mieruka', 'manage_options', MIERUKA_SETTINGS_PAGE, 'mieruka_settings_page' );
		add_action(
			'admin_enqueue_scripts',
			static function ( $current ) use ( $hook ) {
				if ( $current !== $hook ) {
					return;
				}
				mieruka_enqueue_classic();
				wp_enqueue_script( 'mieruka-settings', plugins_url( 'admin/settings.js', MIERUKA_FILE ), array( MIERUKA_HANDLE ), MIERUKA_VERSION, true );
				$lang = 0 === strpos( get_user_locale(), 'ja' ) ? 'ja' : 'en';
				$text = array(
					'lang'     => $lang,
					'empty'    => __( 'Enter a document URL first.', 'mieruka' ),
					'refused'  => __( 'Not allowed: use an http(s) address or a path on this site (such as /data/plan.json).', 'mieruka' ),
					'checking' => __( 'Checking…', 'mieruka' ),
					'ok'       => __( 'OK: the document conforms to the mieruka schema.', 'mieruka' ),
					'problems' => __( 'Problems (address: JSON path: message):', 'mieruka' ),
				);
				wp_add_inline_script( 'mieruka-settings', 'window.mierukaSettings = ' . wp_json_encode( $text ) . ';', 'before' );
			}
		);
	}
);

/**
 * Keeps an allowed URL; refuses anything else with a message, leaving the old value.
 *
 * @param string $value As typed.
 * @return string
 */
function mieruka_sanitize_default_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value || mieruka_is_allowed_src( $value ) ) {
		return $value;
	}
	add_settings_error( 'mieruka_default_src', 'mieruka-src', __( 'The default document URL must be an http(s) address or a path on this site (such as /data/plan.json).', 'mieruka' ) );
	return (string) get_option( 'mieruka_default_src', '' );
}

/** The settings page. */
function mieruka_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$src = (string) get_option( 'mieruka_default_src', '' );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'mieruka settings', 'mieruka' ); ?></h1>
		<p><?php esc_html_e( 'mieruka is loaded once on every page of this site. Anyone who can write posts can place a widget with the mieruka block or the shortcode, for example:', 'mieruka' ); ?>
			<code>[mieruka element="kpi-gauge" src="/data/plan.json" indicator="p1-k1"]</code></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'mieruka' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="mieruka-default-src"><?php esc_html_e( 'Default document URL', 'mieruka' ); ?></label></th>
					<td>
						<input type="text" class="regular-text code" id="mieruka-default-src" name="mieruka_default_src" value="<?php echo esc_attr( $src ); ?>" aria-describedby="mieruka-default-src-help">
						<button type="button" class="button" id="mieruka-check"><?php esc_html_e( 'Check', 'mieruka' ); ?></button>
						<p class="description" id="mieruka-default-src-help"><?php esc_html_e( 'Used by widgets that name no document. "Check" fetches it in your browser and validates it, as the command `mieruka validate` does.', 'mieruka' ); ?></p>
					</td>
				</tr>
			</table>
			<div id="mieruka-check-result" role="status" aria-live="polite"></div>
			<details id="mieruka-check-details" hidden>
				<summary><?php esc_html_e( 'Preview', 'mieruka' ); ?></summary>
				<div id="mieruka-check-preview"></div>
			</details>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
