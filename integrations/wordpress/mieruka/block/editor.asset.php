<?php
// Dependencies of editor.js, written by hand: the editor script has no build step.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
	'version'      => '0.1.0',
);
