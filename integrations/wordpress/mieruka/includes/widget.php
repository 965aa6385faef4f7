<?php
/**
 * One widget as HTML: the element and attribute names the README lists, values escaped, `src`
 * only http(s) or relative. Shared by the shortcode and the block.
 *
 * @package mieruka
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Attributes every element takes (README: "Shared attributes"). */
const MIERUKA_SHARED_ATTRIBUTES = array( 'src', 'refresh', 'timeout', 'node', 'indicator', 'lang', 'wareki', 'theme', 'id', 'class', 'title', 'aria-label' );

/** Each element's own attributes (README: "The elements"). */
const MIERUKA_ELEMENTS = array(
	'plan-tree'   => array( 'expanded', 'detail', 'selected', 'hash', 'heading-level', 'no-filter' ),
	'kpi-gauge'   => array( 'variant', 'no-sparkline', 'series', 'heading-level' ),
	'five-less'   => array( 'category', 'sort' ),
	'sdgs-badges' => array( 'targets', 'goals', 'variant', 'size', 'selectable', 'selected' ),
	'trend-table' => array( 'layout', 'chunk-size' ),
);

/** Attributes that are on or off: present when true, absent when false. */
const MIERUKA_BOOLEAN_ATTRIBUTES = array( 'wareki', 'no-sparkline', 'no-filter', 'selectable' );

/**
 * Whether a URL may be a document's address: http(s), or relative (/data/plan.json,
 * data/plan.json, ../plan.json). Browsers drop tabs and newlines inside URLs, so they are
 * dropped here too before the scheme is read ("java\tscript:" is javascript:).
 *
 * @param string $url The value as written.
 * @return bool
 */
function mieruka_is_allowed_src( $url ) {
	$url = preg_replace( '/[\x00-\x20\x7f]+/', '', (string) $url );
	if ( '' === $url ) {
		return false;
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $m ) ) {
		return in_array( strtolower( $m[1] ), array( 'http', 'https' ), true );
	}
	// No scheme: relative, or protocol-relative (//host/…, which keeps the page's http(s)).
	return true;
}

/**
 * Whether the current visitor should see what is wrong with a widget: people who can edit posts
 * (Contributors and up). Readers see nothing in its place.
 *
 * @return bool
 */
function mieruka_shows_notices() {
	return current_user_can( 'edit_posts' );
}

/**
 * A visible notice for editors (text, escaped), or nothing for readers.
 *
 * @param string[] $messages What is wrong, already translated.
 * @return string HTML.
 */
function mieruka_notice( $messages ) {
	if ( ! $messages || ! mieruka_shows_notices() ) {
		return '';
	}
	$items = '';
	foreach ( $messages as $message ) {
		$items .= '<li>' . esc_html( $message ) . '</li>';
	}
	return '<div class="mieruka-notice" role="alert">'
		. '<p><strong>' . esc_html__( 'mieruka: this widget needs fixing (only people who can edit posts see this message).', 'mieruka' ) . '</strong></p>'
		. '<ul>' . $items . '</ul></div>';
}

/**
 * The HTML of one widget, with a notice for editors about whatever was left out.
 *
 * @param string               $element   Short name (kpi-gauge) or tag (mieruka-kpi-gauge).
 * @param array<string,string> $attributes Attribute name => value as written; true for a bare name.
 * @return string HTML.
 */
function mieruka_render_widget( $element, $attributes ) {
	$problems = array();
	$name     = strtolower( trim( (string) $element ) );
	if ( 0 === strpos( $name, 'mieruka-' ) ) {
		$name = substr( $name, strlen( 'mieruka-' ) );
	}
	if ( ! isset( MIERUKA_ELEMENTS[ $name ] ) ) {
		$problems[] = sprintf(
			/* translators: 1: the element name written, 2: the list of names. */
			__( 'There is no widget named "%1$s". Use one of: %2$s.', 'mieruka' ),
			$element,
			implode( ', ', array_keys( MIERUKA_ELEMENTS ) )
		);
		return mieruka_notice( $problems );
	}
	$allowed = array_merge( MIERUKA_SHARED_ATTRIBUTES, MIERUKA_ELEMENTS[ $name ] );
	if ( ! isset( $attributes['src'] ) || '' === trim( (string) $attributes['src'] ) ) {
		$default = get_option( 'mieruka_default_src', '' );
		if ( '' !== $default ) {
			$attributes['src'] = $default;
		}
	}

	$html = '';
	foreach ( $attributes as $key => $value ) {
		$key = str_replace( '_', '-', strtolower( (string) $key ) );
		if ( ! in_array( $key, $allowed, true ) ) {
			$problems[] = sprintf(
				/* translators: 1: attribute name, 2: element name, 3: the list of attributes. */
				__( '"%1$s" is not an attribute of %2$s and was left out. Its attributes: %3$s.', 'mieruka' ),
				$key,
				$name,
				implode( ', ', array_merge( array( 'element' ), $allowed ) )
			);
			continue;
		}
		if ( in_array( $key, MIERUKA_BOOLEAN_ATTRIBUTES, true ) ) {
			$on = true === $value || ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off' ), true );
			if ( $on ) {
				$html .= ' ' . $key;
			}
			continue;
		}
		$value = true === $value ? '' : (string) $value;
		if ( 'src' === $key && ! mieruka_is_allowed_src( $value ) ) {
			$problems[] = sprintf(
				/* translators: %s: the address written. */
				__( 'The document address "%s" is not allowed: use an http(s) address or a path on this site (such as /data/plan.json).', 'mieruka' ),
				$value
			);
			return mieruka_notice( $problems );
		}
		$html .= ' ' . $key . '="' . esc_attr( $value ) . '"';
	}
	// SDGs badges from their own attributes need no document.
	$self_contained = 'sdgs-badges' === $name && preg_match( '/ (targets|goals)="[^"]/', $html );
	if ( false === strpos( $html, ' src="' ) && ! $self_contained ) {
		$problems[] = __( 'No document: give src="…" (the address of a mieruka JSON document) or set a default document in Settings → mieruka.', 'mieruka' );
		return mieruka_notice( $problems );
	}
	return mieruka_notice( $problems ) . '<mieruka-' . $name . $html . '></mieruka-' . $name . '>';
}

/**
 * [mieruka element="kpi-gauge" src="/data/plan.json" indicator="p1-k1"]. Every attribute of
 * the README is a shortcode attribute; a bare name (no-sparkline) switches an option on.
 *
 * @param array|string $atts As WordPress parsed them.
 * @return string HTML.
 */
function mieruka_shortcode( $atts ) {
	$atts       = is_array( $atts ) ? $atts : array();
	$element    = isset( $atts['element'] ) ? $atts['element'] : '';
	$attributes = array();
	foreach ( $atts as $key => $value ) {
		if ( 'element' === $key ) {
			continue;
		}
		if ( is_int( $key ) ) {
			// A bare word: [mieruka element="kpi-gauge" no-sparkline].
			$attributes[ (string) $value ] = true;
			continue;
		}
		$attributes[ $key ] = $value;
	}
	if ( '' === trim( (string) $element ) ) {
		return mieruka_notice( array( __( 'Say which widget to show: element="kpi-gauge" (or plan-tree, five-less, sdgs-badges, trend-table).', 'mieruka' ) ) );
	}
	return mieruka_render_widget( $element, $attributes );
}
